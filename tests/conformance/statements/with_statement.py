# with statement: __enter__/__exit__ order, as targets, several items, suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('s', suppress=True):
    raise ValueError('swallowed')
print('after suppress')
try:
    with CM('outer'), CM('inner'):
        raise KeyError('k')
except KeyError as e:
    print('caught', e)
with (CM('p1') as p, CM('p2')):
    print('parenthesized', p)
with CM('t') as (first, *others):
    print(first, others)
