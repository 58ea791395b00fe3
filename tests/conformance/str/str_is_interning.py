# String equality vs identity properties that are guaranteed: equal strings are ==, hash equal.
a = 'hello world'
b = 'hello ' + 'world'
c = ''.join(['hello', ' ', 'world'])
print(a == b == c, hash(a) == hash(c))
print(str(a) == a, a[:] == a, type(a[:]).__name__)
import sys
d = sys.intern(c)
print(d == a)
