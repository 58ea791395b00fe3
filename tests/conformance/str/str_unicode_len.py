# Code-point semantics: len, slicing and reversing strings with astral characters.
s = 'a😀b𝄞c'
print(len(s), s[1], s[3], s[::-1], s.upper(), s.find('b'), s.index('c'), [ord(c) for c in s])
print('ﬀ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ß'.upper(), 'ΣΑΣ'.lower())
