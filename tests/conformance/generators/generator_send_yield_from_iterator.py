# send() through yield from to a plain iterator fails unless the value is None.
def g():
    yield from iter([1, 2, 3])
gen = g()
print(next(gen), gen.send(None))
try:
    gen.send('x')
except AttributeError as e:
    print(type(e).__name__, e)
