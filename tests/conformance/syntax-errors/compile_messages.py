# SyntaxError details (msg, lineno, offset) from compile() for common mistakes.
cases = [
    'if x\n    pass\n', 'x = (1, 2\n', 'def f(:\n  pass\n', 'print "hi"\n', 'x = = 1\n',
    '1 = x\n', 'f() = 1\n', 'for i in range(3)\n  pass\n', "s = 'abc\n", 'return 5\n',
    'break\n', 'x = [1, 2\ny = 3\n', 'def f():\nreturn 1\n', 'a +* b\n', 'class C\n  pass\n',
    'x = 1 +\n', 'del f()\n', 'f(x for x in y, 1)\n', 'lambda x: yield\n', 'x += 1, = 2\n',
    'def f(a=1, b):\n  pass\n', 'def f(a, a):\n  pass\n', 'f(a=1, a=2)\n', 'True = 1\n',
    'None += 1\n', 'x = 08\n', "f'{'\n", 'import\n', 'from x import\n', 'a, b += 1\n',
]
for src in cases:
    try:
        compile(src, 'prog.py', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
