import sys, traceback
sys.stderr = sys.stdout

def show(fn, *args):
    try:
        fn(*args)
    except BaseException as e:
        print(''.join(traceback.format_exception(e)), end='')
        print('---')

def zero(): return 1 / 0
def zero_spaced():
    x = 10
    return (x  +  1)    //    (x - x)
def sub(): d = {'a': 1}; return d['b']
def sub_nested(): data = [[1, 2], [3]]; return data[1][5]
def attr(): return None.upper()
def call(): return int('abc') + 1
def name_err(): return undefined_name * 2
def multiline():
    return (1 +
            2 +
            'x')
def whole_line():
    raise ValueError("whole line")
def unicode_line():
    s = 'héllo' ; return s + 5
def power(): return 2 ** 'a'
def comp(): return [1/0 for _ in range(1)]
def rec(n): return rec(n + 1) if n < 30 else 1 / 0
def matmul(): import math; return math.sqrt(-1)
def getitem_call(): return {'k': None}['k']['z']

def augmented():
    x = 1
    x += 'a'
def compare(): return 1 < 'a'
def unary(): return -'a'
def star_kwargs(): return dict(**1)
def asserting():
    assert 1 == 2, "numbers differ"
def chained_attr():
    class O: pass
    o = O(); o.a = O()
    return o.a.b.c
def slicing(): x = 1; return x[1:2]
def call_kw(): return sorted([1, 'a'], key=None, reverse=False)
def multi_call():
    return int(
        'x'
    )
def nested_binop(): a, b, c = 1, 2, 0; return a + b // c * 2
def paren_left(): return (1 + 2) / 0
def comment_line(): return (1 # one
    / 0)
def wide_chars(): s = '日本語'; return s + 1 if s else s
def dict_call(): d = {}; return d.get('a').strip()
def subscript_call(): f = [len]; return f[0](1)
def method_on_literal(): return [1, 2].index(3)
def zero_mod(): return 10 % 0
def matrix(): return [1] @ [2]
def tab_indented():
	return 1/0
def trailing_spaces(): return 1/0   

for f in (augmented, compare, unary, star_kwargs, asserting, chained_attr, slicing, call_kw, multi_call, nested_binop, paren_left,
          comment_line, wide_chars, dict_call, subscript_call, method_on_literal, zero_mod, matrix, tab_indented, trailing_spaces):
    show(f)

for f in (zero, zero_spaced, sub, sub_nested, attr, call, name_err, multiline,
          whole_line, unicode_line, power, comp, rec, matmul, getitem_call):
    show(f) if f is not rec else show(f, 0)

print('-- chains')
def chained():
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError("wrapped") from e
show(chained)
def context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
show(context)
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("suppressed") from None
show(suppressed)

class MyError(Exception): pass
def custom():
    e = MyError("custom with note")
    e.add_note("note one")
    e.add_note("note\ntwo lines")
    raise e
show(custom)
show(lambda: (_ for _ in ()).throw(KeyError('k')))

print('-- groups')
def group():
    try:
        raise ValueError(1)
    except ValueError as v:
        ve = v
    raise ExceptionGroup("many", [ve, TypeError(2), ExceptionGroup("inner", [KeyError('x')])])
show(group)
big = ExceptionGroup("big", [ValueError(i) for i in range(20)])
print(''.join(traceback.format_exception(big, max_group_width=3) if False else traceback.TracebackException.from_exception(big, max_group_width=3).format()), end='')
deep = ValueError('leaf')
for i in range(4):
    deep = ExceptionGroup(f"d{i}", [deep])
print(''.join(traceback.TracebackException.from_exception(deep, max_group_depth=2).format()), end='')

print('-- only / old signatures')
print(traceback.format_exception_only(ValueError('v')))
print(traceback.format_exception_only(ValueError, ValueError('old')))
print(traceback.format_exception_only(KeyError()))
print(traceback.format_exception_only(MyError('x')))
try:
    compile('x = (1,\n  2 +', 'bad.py', 'exec')
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    compile('def f():\n\treturn  $', 'tab.py', 'exec')
except SyntaxError as e:
    print(traceback.format_exception_only(e))
print(traceback.format_exception_only(SyntaxError('plain')))
try:
    1 / 0
except ZeroDivisionError:
    et, ev, tb = sys.exc_info()
    print(traceback.format_exception(et, ev, tb) == traceback.format_exception(ev))
    print(''.join(traceback.format_exception(et, ev, tb, limit=0)), end='')
    print(traceback.format_exc().splitlines()[-1])
    traceback.print_exc()
    traceback.print_exc(limit=-1, file=sys.stdout)
    print(traceback.format_tb(tb))
    print(traceback.extract_tb(tb))
    fs = traceback.extract_tb(tb)[0]
    print(fs.filename, fs.lineno, fs.name, fs.line, len(fs), list(fs), fs[2], fs.colno, fs.end_colno, fs.end_lineno)
    print(fs == (fs.filename, fs.lineno, fs.name, fs.line))
    traceback.print_tb(tb)
    traceback.print_exception(et, ev, tb)
    traceback.print_exception(ev, chain=False)
    print(list(traceback.walk_tb(tb))[0][1])
try:
    traceback.format_exception(ValueError, ValueError('x'))
except ValueError as e:
    print('ValueError', e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print('TypeError', e)
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))

print('-- stacks')
def inner():
    traceback.print_stack(limit=2)
    st = traceback.extract_stack()
    print([ (f.name, f.line) for f in st[-2:]])
    print(traceback.format_stack(limit=1))
def outer(): inner()
outer()
print(traceback.format_list([('f.py', 3, 'fn', 'x = 1'), ('g.py', 4, 'gn', None)]))
ss = traceback.StackSummary.from_list([('f.py', 3, 'fn', 'x = 1')])
print(type(ss).__name__, ss, ss.format())
fsum = traceback.FrameSummary('a.py', 1, 'mod', line='  pass  ', locals={'a': 1, 'b': 'x'})
print(repr(fsum), fsum.line, fsum.locals)
print(traceback.StackSummary.from_list([fsum]).format())
def with_locals():
    x = 42; y = [1]
    raise KeyError('loc')
def run_locals():
    try:
        with_locals()
    except KeyError as e:
        te = traceback.TracebackException.from_exception(e, capture_locals=True)
        print(''.join(te.format()), end='')
        print(str(te), te.exc_type.__name__, len(te.stack), te == traceback.TracebackException.from_exception(e, capture_locals=True))
run_locals()
# a cycle in __context__
a = ValueError('a'); b = ValueError('b'); a.__context__ = b; b.__context__ = a
print(''.join(traceback.format_exception(a)), end='')
class BadStr(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(BadStr()))
print('end')
