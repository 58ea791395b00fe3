# bytearray: mutable, append/extend/pop/insert, slicing assignment, conversion.
ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba[0] = 65
ba[1:3] = b'XYZ'
print(ba, len(ba), ba.pop(), ba)
ba.insert(0, 33)
del ba[1]
print(ba, bytes(ba), ba.decode(), ba + b'!', ba * 2)
ba.reverse()
print(ba, ba.hex(), bytearray(3), bytearray([1, 2]))
try:
    ba.append(300)
except ValueError as e:
    print(e)
print(ba == bytes(ba), type(ba[0:2]).__name__)
