# __enter__/__exit__ receiving exception info and suppressing selectively.
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print('exit got', et.__name__ if et else None, type(tb).__name__)
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError):
    {}['x']
print('suppressed KeyError')
try:
    with Suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('propagated', e)
with Suppress():
    pass
class Replace:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError('from exit')
try:
    with Replace():
        raise ValueError('orig')
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
