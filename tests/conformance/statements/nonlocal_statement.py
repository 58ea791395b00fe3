# nonlocal rebinding in nested functions, across several levels.
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x, inc
val, inc = outer()
print(val, inc(), inc())
def a():
    v = 'a'
    def b():
        def c():
            nonlocal v
            v = 'c'
        c()
        return v
    return b(), v
print(a())
