# Local variables shadow globals; UnboundLocalError when assigned after use.
x = 'global'
def f():
    x = 'local'
    return x
def g():
    return x
def h():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
print(f(), g(), x)
h()
def k():
    for x in range(2):
        pass
    return x
print(k(), x)
