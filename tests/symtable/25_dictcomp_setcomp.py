def f(d):
    a = {k: v for k, v in d.items()}
    b = {v for v in d}
    return a, b
