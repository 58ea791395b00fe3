# `in` falls back from __contains__ to __iter__ to __getitem__.
class A:
    def __contains__(self, x): return x == 'a'
class B:
    def __iter__(self): yield from [1, 2, 3]
class C:
    def __getitem__(self, i):
        if i > 5: raise IndexError
        return i
print('a' in A(), 'b' in A(), 2 in B(), 9 in B(), 4 in C(), 7 in C())
class Truthy:
    def __contains__(self, x): return 'nonempty'
print(1 in Truthy())
