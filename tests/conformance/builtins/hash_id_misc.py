# hash() rules: equal numbers hash equal, tuples of hashables, frozensets; id uniqueness of live objects.
print(hash(-1) == hash(-2), hash(2**64) == hash(2**64 % (2**61 - 1)), hash(1.0) == hash(1), hash(0.5))
print(hash((1, 'a')) == hash((1, 'a')), hash(frozenset()) == hash(frozenset()), hash(None) == hash(None))
objs = [object() for _ in range(5)]
print(len({id(o) for o in objs}), all(hash(o) == hash(o) for o in objs))
class H:
    def __hash__(self): return -1
print(hash(H()))
