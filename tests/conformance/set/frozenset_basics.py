# frozenset: immutable, hashable, usable as dict key and set member; ops return frozenset.
f = frozenset([1, 2, 3])
print(sorted(f), 2 in f, type(f | {4}).__name__, type({4} | f).__name__, hash(f) == hash(frozenset([3, 2, 1])))
d = {f: 'fs'}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1]), frozenset([1])}
print(len(s))
try:
    f.add(4)
except AttributeError as e:
    print(e)
print(frozenset(), repr(frozenset([5])), repr({5}), repr(set()))
