# dict comprehensions, | and |= merge operators, inversion.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
a |= b
print(a)
a |= [('w', 0)]
print(a)
print({v: k for k, v in a.items()}, {k: v for k, v in a.items() if v > 1})
try:
    a | [('q', 1)]
except TypeError as e:
    print(e)
