# repr(Thread): name, status (initial, started, stopped, daemon) and ident.
import re
import threading


def show(t):
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), 'IDENT')
    print(r)


go = threading.Event()
t = threading.Thread(target=go.wait, name='w')
show(t)
t.start()
show(t)
go.set()
t.join()
show(t)

d = threading.Thread(target=lambda: None, name='d', daemon=True)
show(d)
d.start()
d.join()
show(d)

show(threading.main_thread())


class Sub(threading.Thread):
    pass


s = Sub(name='sub')
show(s)
print(re.sub(r'\d+', 'N', repr(threading.Thread())))
