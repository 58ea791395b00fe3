# locals() and globals() contents inside functions and at module level.
gv = 1
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
print('gv' in globals(), globals()['gv'], globals() is globals())
print(sorted(k for k in globals() if not k.startswith('__')))
def g():
    x = 1
    def inner():
        return x
    return sorted(locals())
print(g())
print(__name__)
