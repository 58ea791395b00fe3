def f():
    raise
def g():
    raise ValueError
def h():
    raise ValueError("bad value")
def i(e):
    raise KeyError(e) from None
def j(e):
    raise RuntimeError() from e
