def f():
    x = 1
    del x
