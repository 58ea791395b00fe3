del a[0], b.c
del (a), [b]
del a, (b, c), [d, e]
del (a)[0]
