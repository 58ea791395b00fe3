# Indexing, slicing, immutability errors, iteration and len of str with non-ASCII.
s = 'héllo wörld 😀'
print(len(s), s[1], s[-1], s[::-1], s[2:9:2], list(s[:3]))
try:
    s[0] = 'H'
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
print([c for c in 'ab😀'], ord(s[-1]), chr(128512) == s[-1])
print('abc' * 2 + 'd', 'ab' in s, s.encode('utf-8')[:4])
