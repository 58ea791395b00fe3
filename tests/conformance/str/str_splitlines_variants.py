# splitlines on all Python line boundaries, and split('\n') differences.
s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(len(s.split('\n')), 'x\n\ny'.splitlines(), 'x\n\ny'.split('\n'), 'end\n'.splitlines(), 'end\n'.split('\n'))
