# list.insert/pop/index with out-of-range and negative indices, sort stability with key ties.
l = [1, 2, 3]
l.insert(-100, 0); l.insert(100, 4)
print(l, l.pop(-1), l.index(2, -3), l.index(3, 1, 4))
for args in [(9,), (1, 0, 1)]:
    try:
        l.index(*args)
    except ValueError as e:
        print(e)
recs = [('b', 1), ('a', 1), ('c', 0), ('d', 0)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print([3, 1, 2].sort(), list.__name__, [].__class__ is list)
