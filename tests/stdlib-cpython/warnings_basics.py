import sys, warnings
sys.stderr = sys.stdout  # keep warnings in order with prints

def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)

def user_code():
    warnings.warn("plain user warning")

print('-- defaults')
warnings.warn("hello")
warnings.warn("hello")  # another line: shown again (default action, per location)
for i in range(3):
    warnings.warn("in a loop")  # same location: once
deprecated_api()            # attributed to __main__: shown
warnings.warn("pending", PendingDeprecationWarning)  # ignored
warnings.warn("imp", ImportWarning)
warnings.warn("res", ResourceWarning)
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("as bytes warning", BytesWarning)
try: warnings.warn("x", int)
except TypeError as e: print('TypeError', e)
try: warnings.warn("x", 'notaclass')
except TypeError as e: print('TypeError', e)
print([(f[0], f[2].__name__, f[3] if f[3] is None or isinstance(f[3], str) else f[3].pattern) for f in warnings.filters])

print('-- record')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    user_code(); user_code()
    deprecated_api()
    warnings.warn("pending", PendingDeprecationWarning)
    for m in w:
        print(m.category.__name__, str(m.message), m.filename, m.lineno, m.line, type(m.message).__name__)
    print(str(w[0]))
print(len(warnings.filters))

print('-- error')
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print('raised', repr(e))
    try:
        warnings.warn("dep", DeprecationWarning)
    except DeprecationWarning as e:
        print('raised', repr(e))

print('-- ignore / filterwarnings regex')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="spam")
    warnings.filterwarnings("error", message=".*eggs", category=RuntimeWarning)
    warnings.warn("spam and ham")
    warnings.warn("SPAM is case-insensitive")
    warnings.warn("ham and spam")
    try: warnings.warn("green eggs", RuntimeWarning)
    except RuntimeWarning as e: print('error', e)
    warnings.warn("green eggs", UserWarning)
    print([str(m.message) for m in w])

print('-- once / module / default')
def at(msg, cat=UserWarning):
    warnings.warn(msg, cat)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    at("o"); at("o"); warnings.warn("o"); at("p")
    print('once', [str(m.message) for m in w]); w.clear()
    warnings.simplefilter("module")
    at("m"); at("m"); warnings.warn("m"); at("n")
    print('module', [str(m.message) for m in w]); w.clear()
    warnings.simplefilter("default")
    at("d"); at("d"); warnings.warn("d"); warnings.warn("d")
    print('default', [str(m.message) for m in w]); w.clear()
    warnings.simplefilter("always")
    at("a"); at("a")
    print('always', [str(m.message) for m in w]); w.clear()

print('-- lineno / module filters')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="__main__")
    warnings.warn("ignored by module filter")
    warnings.filterwarnings("error", module="other")
    warnings.warn("still ignored")
    print(len(w))
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.warn("after reset")
    print(len(w), w[-1].message)

print('-- stacklevel')
def lvl(n):
    warnings.warn(f"level {n}", stacklevel=n)
def outer(n):
    lvl(n)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    outer(1); outer(2); outer(3); outer(50)
    for m in w: print(m.message, m.lineno, m.filename)

print('-- formatwarning / showwarning')
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="  x = 1  ")))
import io
buf = io.StringIO()
warnings.showwarning("shown", RuntimeWarning, "f.py", 3, file=buf, line="code()")
print(repr(buf.getvalue()))
old = warnings.showwarning
def my_show(message, category, filename, lineno, file=None, line=None):
    print('custom show:', message, category.__name__, lineno)
warnings.showwarning = my_show
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("through custom")
warnings.showwarning = old
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 7)
warnings.warn_explicit("explicit2", UserWarning, "somefile.py", 8, module="mod", registry={})
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print('AssertionError', e)
try:
    warnings.filterwarnings("ignore", lineno=-1)
except AssertionError as e:
    print('AssertionError', e)
cw = warnings.catch_warnings(record=True)
print(repr(cw))
with cw: pass
try:
    cw.__exit__(None, None, None) if False else None
    with cw: pass
    with cw: pass
except RuntimeError as e:
    print('RuntimeError', e)
with warnings.catch_warnings(action="error", category=UserWarning):
    try: warnings.warn("via action")
    except UserWarning as e: print('action error', e)
warnings.warn("end")
