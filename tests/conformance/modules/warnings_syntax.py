# The compiler's SyntaxWarnings (python3 3.8+): `is` with a literal, a call of a display,
# a subscript that cannot work; at start-up for the program itself, at import for a module,
# and from compile()/exec()/eval(), where the program's warning filters apply (an "error"
# filter makes the warning a SyntaxError).
import sys
import warnings

x = 300
print(x is 300, x is not 'a', x is None, x is ..., x is True, x is (1, x))
print(x is -1, x is (1, 2), x is (), x is 1 + 1, x is 1 // 1, x is not b'z', 'a' is x)
print(1 is 1 is 2, x == 1 is x, x is (not 1))
try:
    x = 1
finally:
    ok = x is 1
print(ok)

try:
    print([1, 2](0))
except TypeError as e:
    print(e)
try:
    print((1, 2)[None])
except TypeError as e:
    print(e)
try:
    print('abc'[1, 2])
except TypeError as e:
    print(e)
try:
    print(5[0])
except TypeError as e:
    print(e)
try:
    print(None())
except TypeError as e:
    print(e)
print([1, 2][-1], (1, 2)[True], 'abc'[1:], [x for x in 'ab'][0], {1: 2}['a' == 'a'])
assert (x == 2, 'never checked')
assert ()  if False else True
print('asserts passed')

import _syntax_warn_mod
print(_syntax_warn_mod.check(3))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    code = compile('y = 5\nz = y is 5\n', 'snippet.py', 'exec')
    exec('w = [1](0) if False else 0', {})
    print(eval('(1, 2)[None] if False else 7'))
for w in caught:
    print(w.category.__name__, w.filename, w.lineno, str(w.message))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        compile('a = 1\nb = a is 2\n', 'strict.py', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.filename, e.lineno)

with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    compile('q = 1 is 1', 'quiet.py', 'exec')
    print('ignored')
sys.stderr.flush()
