# dict() from pairs, kwargs, mapping, zip; errors for bad input.
print(dict(a=1, b=2), dict([('a', 1), ['b', 2]]), dict({'a': 1}, b=2), dict(zip('ab', range(2))))
print(dict(), dict([]), {**{'a': 1}, **{'a': 2}})
for bad in [[1, 2], [('a',)], [('a', 1, 2)], 5]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
