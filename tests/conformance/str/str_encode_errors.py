# encode/decode argument handling, errors, and bytes from str.
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('utf-8'), 'é'.encode('utf-8').decode('latin-1'))
try:
    'abc'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
print(bytes('abc', 'utf-8'), bytearray('é', 'utf-8'))
try:
    bytes('abc')
except TypeError as e:
    print(e)
