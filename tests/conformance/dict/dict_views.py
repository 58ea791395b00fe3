# dict views are live; set operations on keys/items views; len, in, reversed.
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
d['c'] = 3
print(k, v, i, len(k), 'a' in k, ('a', 1) in i, 1 in v)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(list(reversed(d.items())), k == {'a', 'b', 'c'}, type(k).__name__)
try:
    for key in d:
        d['new'] = 1
except RuntimeError as e:
    print(e)
print(d.keys().isdisjoint(['x']), dict(d.items()) == d)
