# get/setdefault/pop defaults are not evaluated lazily; `in` checks keys only; dict equality ignores order.
calls = []
def dflt():
    calls.append(1)
    return 'd'
d = {'a': 1}
print(d.get('a', dflt()), d.setdefault('a', dflt()), len(calls))
print('a' in d, 1 in d, 1 in d.values(), {'x': 1, 'y': 2} == {'y': 2, 'x': 1}, {'x': 1} == {'x': 1.0})
print(dict(sorted({'b': 2, 'a': 1}.items())), list({'k': 1}.items())[0])
