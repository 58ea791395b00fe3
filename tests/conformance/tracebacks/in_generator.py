# Uncaught exception raised inside a generator shows the generator frame.
def gen():
    yield 1
    yield int('x')
for v in gen():
    print(v)
