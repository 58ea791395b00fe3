f()
f(1)
f(1, 2)
f(a, b=2)
f(*args)
f(**kwargs)
f(a, *args, b=1, **kwargs)
f(*a, b, *c)
f(k=1, *a)
f(**a, k=2)
f(a)(b)(c)
obj.method(1).other()[0]
f(
    1,
    2,
)
print("hello", end="")
f(x=lambda: 1)
