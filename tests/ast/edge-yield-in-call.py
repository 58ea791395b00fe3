def g():
    f((yield))
    f((yield x))
    x = yield
    lst = [(yield 1)]
    return (yield from g())
