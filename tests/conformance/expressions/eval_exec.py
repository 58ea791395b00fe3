# eval and exec with globals/locals dicts.
print(eval('1 + 2 * 3'))
g = {'x': 10}
print(eval('x * 2', g))
print(eval('x + y', g, {'y': 5}))
ns = {}
exec('def f(a):\n    return a * 3\nz = f(4)', ns)
print(ns['z'], ns['f'](2))
exec('print("from exec")')
code = compile('a + 1', '<string>', 'eval')
print(eval(code, {'a': 41}))
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
loc = {}
exec('q = 7', {}, loc)
print(loc)
