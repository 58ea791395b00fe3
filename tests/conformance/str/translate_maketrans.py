# str.maketrans/translate, encode/decode round trips.
t = str.maketrans('abc', 'xyz', 'd')
print('abcdabcd'.translate(t), sorted(t.items()))
print('hello'.translate({ord('l'): None, ord('h'): 'J'}), str.maketrans({'a': '1'}))
print('héllo'.encode(), 'héllo'.encode().decode(), 'abc'.encode('utf-16')[:2] in (b'\xff\xfe', b'\xfe\xff'))
