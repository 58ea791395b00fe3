# dict methods: get, setdefault, pop, popitem, update, keys/values/items, copy, clear, fromkeys.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('a'), d.pop('z', 'dflt'), d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d, list(d.keys()), list(d.values()), list(d.items()))
e = d.copy(); e.clear()
print(e, d, dict.fromkeys('abc'), dict.fromkeys([1, 2], 'v'))
try:
    d.pop('missing')
except KeyError as ex:
    print('KeyError', ex)
try:
    {}.popitem()
except KeyError as ex:
    print('KeyError', ex)
