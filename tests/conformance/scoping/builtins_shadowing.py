# Shadowing builtins at module and function scope, and restoring with del.
import builtins
len = lambda x: 'shadowed'
print(len([1, 2]))
del len
print(len([1, 2]))
def f():
    print = lambda *a: builtins.print('custom', *a)
    print('x')
f()
print(builtins.len('abc'))
print(builtins.abs is abs)
