# bytearray remove/index/count/clear/copy, slice deletion, += and *=, comparison with bytes.
ba = bytearray(b'hello world')
ba.remove(ord('o'))
print(ba, ba.index(b'l'), ba.count(b'l'), ba.find(b'zz'))
del ba[0:2]
print(ba)
ba += b'!!'
ba *= 2
print(ba, len(ba))
c = ba.copy()
ba.clear()
print(ba, c == bytes(c), c.upper(), c.decode().title())
try:
    ba.remove(1)
except ValueError as e:
    print(e)
print(bytearray(b'abc') < b'abd', bytearray(b'xy') + bytearray(b'z'))
