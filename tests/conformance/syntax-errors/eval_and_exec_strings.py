# SyntaxErrors of source given to eval(), exec() and compile() at run time: eval input has
# no implicit final newline (errors at its end sit on the last line), eval() skips leading
# blanks, and errors found by the compiler rather than the parser have no text.
def show(src, how):
    try:
        if how == 'eval':
            r = eval(src, {'a': [1], 'b': 2, 'x': 0})
        elif how == 'exec':
            r = exec(src, {})
        else:
            r = compile(src, '<input>', how).co_name
        print(repr(src), how, repr(r))
    except SyntaxError as e:
        print(repr(src), how, type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))


for src in [' 1', '\t1', '\n1', '1\n', '1\n\n', '(1,\n2)', '1,', '1, 2', '', '  ', '# c', '1 # c',
            'x := 1', '(x := 1)', '*a, b', 'yield 1', 'await x', '1;', '1\n2', 'a if b',
            r"'\x4'", '1 +', '(1', 'x = 1', '1 2', "'abc", 'f(', '1 +\n', 'lambda: yield',
            '[1, 2', 'if', 'x[', '1 if 2', '*a', 'a :=', r"'\N{FOO}'", "f'{'", "f'{1'", '1 ** ',
            'not']:
    show(src, 'eval')
for src in [' 1', '1 +', "'\\x4'", 'if', 'x = 1', '*a', '1 ** ']:
    show(src, 'exec')
for src in ['return 1', 'def f():\n    x = 1\n    global x\n', 'break', 'nonlocal a',
            'f(**a, *b)', 'a + 1 = 2', 'def f(a, a): pass', 'x: int = 1\nglobal x']:
    show(src, 'exec')
for src in ['1 +', 'await x', 'x = 1']:
    show(src, 'eval')
