# Explicit backslash continuation and implicit continuation in brackets.
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,
    3,
]
print(items)
d = {'a': 1,
     'b': 2}
print(d)
def f(a,
      b):
    return a + b
print(f(1,
        2))
if (total > 1 and
        total < 10):
    print('yes')
