# global declarations in functions, including creating globals.
counter = 0
def inc():
    global counter
    counter += 1
def make():
    global newname
    newname = 'created'
inc(); inc()
print(counter)
make()
print(newname)
def read_only():
    return counter * 10
print(read_only())
def g():
    global a, b
    a, b = 1, 2
g()
print(a, b)
