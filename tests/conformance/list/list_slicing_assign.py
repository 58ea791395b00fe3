# Slice assignment, deletion, extended slices, and aliasing.
a = list(range(10))
b = a
a[2:5] = []
print(a, b is a)
a[:0] = ['front']
a[len(a):] = ['back']
print(a)
a[1:3] = 'xyz'
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
c = a[:]
c.append('copy')
print(len(a) != len(c))
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(e)
a[5:2] = ['ins']
print(a)
