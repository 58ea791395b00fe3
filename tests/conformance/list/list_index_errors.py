# Index and type errors of list subscription and assignment.
l = [1, 2, 3]
for f in [lambda: l[3], lambda: l[-4], lambda: l['a'], lambda: l[1.0], lambda: l.__setitem__(5, 0)]:
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(l[-3], l[2])
class I:
    def __index__(self): return 1
print(l[I()])
