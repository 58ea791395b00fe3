def outer(*args, **kwargs):
    return inner(*args, extra=True, **kwargs)
def inner(a, b=0, /, *rest, extra=False, **kw):
    return a, b, rest, extra, kw
print(outer(1, 2, 3, k=4))
