# del of locals and of cell variables.
def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(f())
def g():
    c = 'cell'
    def inner():
        return c
    del c
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(g())
