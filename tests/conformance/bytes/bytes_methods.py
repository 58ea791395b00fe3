# bytes methods mirroring str: split, join, strip, replace, find, upper, startswith, decode.
b = b'  Hello, World  '
print(b.strip(), b.lower(), b.upper(), b.split(b','), b.strip().split(), b.replace(b'l', b'L'))
print(b.find(b'World'), b.count(b'l'), b.startswith(b'  H'), b'-'.join([b'a', b'b']), b.strip().decode())
print(b'abc' + b'def', b'ab' * 3, b'b' in b'abc', 98 in b'abc', b'a' < b'b')
print(b'a,b'.partition(b','), b'abc'.center(7, b'*'), b'12'.zfill(4), b'abc'.isalpha(), b'12'.isdigit())
try:
    b'abc' + 'def'
except TypeError as e:
    print(e)
try:
    'a' in b'abc'
except TypeError as e:
    print(e)
