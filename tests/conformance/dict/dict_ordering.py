# Dicts preserve insertion order; re-assigning keeps position; delete and re-insert moves to end.
d = {}
for k in 'zyxabc':
    d[k] = ord(k)
print(list(d))
d['z'] = 0
print(list(d))
del d['z']
d['z'] = 1
print(list(d), next(iter(d)), list(reversed(d)))
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'})
