def f():
    def g():
        global x
        x = 1
    g()
    global y
    y = x
