# Slice assignment with negative indices, steps, empty slices and different-length sequences.
l = list(range(8))
l[-3:] = ['x']
print(l)
l[1:1] = [10, 11]
print(l)
l[::-2] = ['a'] * len(l[::-2])
print(l)
l[2:100] = []
print(l)
s = list('abcdef')
s[-100:2] = 'Z'
print(s)
t = list(range(5))
t[3:1] = 'q'
print(t)
del t[-2:]
print(t)
