# An uncaught exception raised in a nested function inside a with block: __exit__ runs first.
class CM:
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit sees', a[0].__name__)
with CM():
    raise LookupError('inside with')
