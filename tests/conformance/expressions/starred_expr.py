# Starred expressions in list/tuple/set/dict displays and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b})
print({**{'x': 1}, 'y': 2, **{'x': 3}})
print(*a, *b, sep='-')
def f(*args, **kw): return args, kw
print(f(*a, 0, *b, k=1, **{'z': 2}))
print([*'abc', *range(2)])
print(*[], 'only')
t = *a, 9
print(t)
try:
    f(**{'k': 1}, k=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
