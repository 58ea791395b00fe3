# Functions as values: stored in containers, passed, returned, compared.
def sq(x): return x * x
def cube(x): return x ** 3
ops = {'sq': sq, 'cube': cube}
print({k: v(3) for k, v in ops.items()})
def apply_twice(f, x): return f(f(x))
print(apply_twice(sq, 3))
print(list(map(sq, [1, 2, 3])), sorted([3, -5, 1], key=abs))
print(sq == sq, sq == cube, sq is ops['sq'])
def make_power(n):
    def p(x): return x ** n
    return p
print([make_power(n)(2) for n in range(5)])
