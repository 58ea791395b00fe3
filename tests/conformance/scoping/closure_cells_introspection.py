# __closure__ cells and cell_contents; free variables listed in co_freevars.
def outer():
    a = 1
    b = 'two'
    def inner():
        return a, b
    return inner
f = outer()
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
def no_closure(): return 1
print(no_closure.__closure__)
def outer2():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer2()())
def empty_cell():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
print(empty_cell())
