# More SyntaxError messages from compile(): walrus, starred, f-strings, keywords.
cases = [
    '(a, b) := 1\n', '*a = 1\n', 'print(*)\n', 'f(**)\n', "f'{}'\n", "f'{a!x}'\n",
    'continue\n', 'nonlocal x\n', 'def f():\n  x = 1\n  global x\n', 'a = 1 if b\n',
    'x = yield = 1\n', 'async = 1\n', 'await x\n', 'def f(*):\n  pass\n', 'def f(**k, a):\n  pass\n',
    'if True:\npass\n', 'else:\n  pass\n', 'try:\n  pass\n', 'x = {1: 2, 3}\n', 'del 1\n',
    '[x for x in]\n', 'with open() as f() :\n  pass\n', 'a.1\n', '0x\n', '1_000_\n',
]
for src in cases:
    try:
        compile(src, 'p.py', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
