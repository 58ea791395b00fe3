def f():
    global q
    def g():
        return q
    return g
