# contextlib.suppress, ExitStack callbacks and enter_context order, nullcontext, closing.
from contextlib import suppress, ExitStack, nullcontext, closing
with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
class R:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self
    def __exit__(self, *a): print('exit', self.n)
with ExitStack() as stack:
    rs = [stack.enter_context(R(i)) for i in range(3)]
    stack.callback(print, 'callback ran')
    print('inside', [r.n for r in rs])
with nullcontext('value') as v:
    print(v)
class Closable:
    def close(self): print('closed')
with closing(Closable()):
    print('using')
with ExitStack() as st:
    st.callback(print, 'first registered')
    st.callback(print, 'second registered')
