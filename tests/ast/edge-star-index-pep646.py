a[*idx]
a[*idx, 1]
a[1, *idx]
def f(*args: *Ts): pass
def g(*args: *tuple[int, ...]) -> None: pass
