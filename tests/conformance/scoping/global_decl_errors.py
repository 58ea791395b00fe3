# SyntaxErrors about global/nonlocal declarations, compiled from strings.
srcs = [
    'def f():\n    x = 1\n    global x\n',
    'def f():\n    nonlocal x\n',
    'nonlocal x\n',
    'def f(a):\n    global a\n',
    'def f():\n    print(x)\n    global x\n',
]
for s in srcs:
    try:
        compile(s, 'src', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
