# repr of nested and self-referencing lists and dicts.
l = [1, [2, [3, []]], 'a', None, 1.5]
print(l, repr(l), str(l))
r = [1]
r.append(r)
print(r)
d = {'k': []}
d['k'].append(d)
print(d)
