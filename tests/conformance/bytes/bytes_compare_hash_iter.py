# bytes comparison, hashing, iteration yields ints, membership of ints and subsequences.
a, b = b'abc', b'abd'
print(a < b, a == bytes([97, 98, 99]), a != bytearray(b'abc'), hash(a) == hash(b'abc'))
print([x for x in b'hi'], list(reversed(b'ab')), 104 in b'hi', b'i' in b'hi', b'' in b'x')
print(sorted([b'b', b'a', b'ab']), max(b'xyz'), sum(b'\x01\x02'))
print({b'k': 1}[b'k'], b'a' * 0, bytes(reversed(b'abc')))
