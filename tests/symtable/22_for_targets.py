def f(xs):
    for i, (j, *k) in xs:
        pass
    return i
