# Uncaught exception without a message prints just the type name.
def f():
    raise NotImplementedError
f()
