a = b = c = 0
x, y = y, x
(p, q), r = (1, 2), 3
[s, t] = 4, 5
first, *rest = range(10)
*init, last = "abc"
head, *mid, tail = [1, 2, 3, 4]
obj.attr = value
items[0] = items[-1] = None
m[1:2] = [3]
a.b.c = d[e][f] = g
