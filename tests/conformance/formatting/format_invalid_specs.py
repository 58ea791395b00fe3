# Invalid format specs raise ValueError with python's messages.
cases = [(1, 'q'), (1.5, 'd'), ('s', 'd'), (1, '.2d'), ('s', '+'), ('s', '='), (1, ',,'), (1.5, 'c'), (1, '<<<'), (1, '10,_d'), ('x', '#')]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print(repr(spec), 'ValueError', e)
