def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
args = (10, 20, 30)
kw = {"c": 1, "z": 9}
print(f(*args, **kw))
print(f(0, *args, c=7, **{"y": 8}))

a, (b, c), *rest = 1, (2, 3), 4, 5
print(a, b, c, rest)
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = "abc"
print(init, tail)

lst = [0, 1, 2, 3, 4]
lst[1:3] = [9]
print(lst)
lst[0] += 100
print(lst)
d = {"k": 1}
d["k"] += 1
print(d)

class P:
    def __init__(self):
        self.n = 1
p = P()
p.n += 41
print(p.n)

print(f"{p.n:>5}|{'s'!r}|{3 + 4}")
t = 1, 2
print(t, (1,), ())
print([*range(3), *"ab"], (*t, 3))
print({**d, "x": 2})
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
print(0 or "default", 5 and 6, not None)
print("yes" if [] else "no")
