def f(xs):
    return list(x for x in xs)
