def f(m):
    with m as (a, b), m as c:
        return a, b, c
