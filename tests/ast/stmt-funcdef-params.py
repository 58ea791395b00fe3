def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def f3(a, /): pass
def f4(a, /, b): pass
def f5(a=1, /, b=2, *, c): pass
def f6(*args): pass
def f7(**kwargs): pass
def f8(*args, **kwargs): pass
def f9(a, *, b, c=3, **rest): pass
def f10(a: int, b: str = "x", *args: tuple, c: float = 1.0, **kw: dict) -> None: pass
def f11(a, b, /, c, d, *, e, f): pass
def f12(self, *, key=None): pass
def f13(a,): pass
def f14(*, a,): pass
def f15(a=lambda: 1, b=[1, 2]): pass
