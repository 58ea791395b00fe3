# TypeError messages for wrong argument counts and names.
def f(a, b): pass
def g(a, b=1, *, c): pass
def h(): pass
calls = [
    lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, a=3), lambda: f(1, 2, x=0),
    lambda: g(), lambda: g(1), lambda: g(1, 2, 3), lambda: h(1), lambda: h(x=1),
    lambda: f(), lambda: g(1, c=1, d=2),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
