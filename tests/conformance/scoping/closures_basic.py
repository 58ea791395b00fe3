# Closures capture variables, not values; cells shared between closures.
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = make_counter()
inc(); inc(); inc()
print(get())
inc2, get2 = make_counter()
print(inc2(), get())
def outer():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(outer())
def make_adders():
    return [(lambda j: lambda: j)(i) for i in range(3)]
print([a() for a in make_adders()])
