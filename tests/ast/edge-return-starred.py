def f():
    return *a, *b
def g():
    return 1, *rest
def h():
    yield *a, b
