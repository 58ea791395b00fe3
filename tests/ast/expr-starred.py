a = [*x, *y]
b = (*x, 1)
c = {*s, 2}
d = {**m, "k": 1, **n}
print(*args, sep="")
f(*a, *b, **c, **d)
first, *rest = seq
x = *a, *b
