# contextlib.contextmanager: setup/teardown, exception handling inside generator, value.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('div') as t:
    print('body', t)
try:
    with tag('p'):
        raise ValueError('inside')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', e)
with swallow():
    {}['k']
print('after')
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
