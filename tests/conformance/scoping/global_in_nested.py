# global declared inside a nested function bypasses enclosing locals.
v = 'g'
def outer():
    v = 'enclosing'
    def inner():
        global v
        v = 'changed global'
    inner()
    return v
print(outer(), v)
def reader():
    global v
    return v
print(reader())
