# Bytes literal forms and escapes.
print(b'abc', B"x", b'\x00\xff', br'\n', rb'\t')
print(b'a' b'b')
print(list(b'\n\t\\'))
print(b'''tri
ple''')
print(len(b'\x00' * 3), b'\101')
