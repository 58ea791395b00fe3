def f():
    x = 1
    def g(a=x):
        return a
    return g
