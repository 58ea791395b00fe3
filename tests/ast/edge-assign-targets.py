*a, = b
[a, b] = c
a, = b
() = []
[] = ()
(a) = 1
((a, b)) = c
a[b], c.d = e
x = y = z = []
