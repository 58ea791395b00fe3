# Walrus in expressions: comprehension target binds in enclosing scope.
total = 0
vals = [total := total + x for x in range(5)]
print(vals, total)
def f():
    if any((hit := x) > 2 for x in [1, 2, 3, 4]):
        return hit
print(f())
print([(y := 2), y ** 2])
n = 0
while (n := n + 1) < 3:
    print('n', n)
print(f'{(z := 10)} {z}')
