# is / is not / in / not in with various containers and __contains__ fallback.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
print(2 in {1: 'x', 2: 'y'}, 'y' in {1: 'x', 2: 'y'})
print(3 in range(10), 10 in range(10), 4.0 in range(10))
print('' in 'abc', 'ac' in 'abc')
class It:
    def __iter__(self): return iter([5, 6])
print(5 in It(), 7 in It())
class Gi:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(20 in Gi(), 25 in Gi())
try:
    1 in 5
except TypeError as e:
    print(e)
