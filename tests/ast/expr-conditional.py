x = a if cond else b
y = a if c1 else b if c2 else c
z = (a if c else b) + 1
f(x if x else default)
lam = lambda v: v if v > 0 else -v
