# Chained and multiple-target assignment; evaluation order of targets.
a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = 'ab'
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
a, *m, z = 'xy'
print(a, m, z)
h, *mid, tail = 'hello'
print(h, mid, tail)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
