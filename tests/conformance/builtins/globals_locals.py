# globals() is the module dict; locals() in functions is a snapshot.
g = globals()
g['dynamic'] = 'made via globals()'
print(dynamic)
def f():
    a = 1
    l = locals()
    a = 2
    return l['a'], locals()['a']
print(f())
print(locals() is globals())
