# bytes split/rsplit/splitlines/strip with arguments, case methods and is-predicates.
b = b'  one two\tthree\nfour  '
print(b.split(), b.split(b' '), b.rsplit(None, 1), b.splitlines(), b.strip(b' ofr'))
print(b'Hello World'.swapcase(), b'hello world'.title(), b'ABC'.lower(), b'abc'.capitalize())
print(b'abc'.isalnum(), b'ABC'.isupper(), b' \t'.isspace(), b'Hi There'.istitle(), b'\x80'.isascii())
print(b'a-b-c'.replace(b'-', b'+', 1), b'abcabc'.rfind(b'b'), b'abc'.index(b'c'), b'x'.ljust(3, b'.'), b'x'.rjust(3))
print(b'%'.join([b'1', b'2']), b'path/to/file'.rpartition(b'/'), b'abc'.endswith((b'z', b'c')))
