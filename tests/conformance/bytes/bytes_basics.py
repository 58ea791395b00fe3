# bytes construction, indexing returns ints, slicing returns bytes, repr rules.
b = bytes([72, 105, 0, 255])
print(b, b[0], b[-1], b[1:3], list(b), len(b))
print(bytes(3), bytes(b'abc'), bytes(range(65, 70)), bytes.fromhex('de ad BE EF'), b'\xde\xad'.hex(), b'abc'.hex('-'))
print(repr(b'\t\n\r\\\'"'), repr(b"'"), repr(b'"\''))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    bytes(-1)
except ValueError as e:
    print(e)
