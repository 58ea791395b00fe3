# del on names, subscripts, slices, attributes, and errors.
a = 1
del a
try:
    a
except NameError as e:
    print(e)
l = list(range(10))
del l[0]
del l[-1]
del l[::2]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class C: pass
c = C(); c.x = 1
del c.x
print(hasattr(c, 'x'))
try:
    del c.x
except AttributeError as e:
    print('AttributeError', e)
x, y = 1, 2
del x, y
print('x' in dir())
