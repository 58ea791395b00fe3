# Generators closing over loop variables and mutable state; independent generator instances.
def counter(start):
    n = start
    def bump():
        nonlocal n
        n += 1
    while n < start + 3:
        yield n
        bump()
a, b = counter(0), counter(10)
print(next(a), next(b), next(a), next(b), list(a), list(b))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
