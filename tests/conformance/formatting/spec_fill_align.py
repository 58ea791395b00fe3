# Format-spec fill, alignment and width for strings and numbers.
for spec in ['<8', '>8', '^8', '*<8', '*>8', '-^9', '08', '=8', '+=8', ' =8']:
    for v in [42, -42]:
        try:
            print(repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), 'ValueError', e)
for spec in ['<6', '>6', '^6', '.2', '6.2', 'x^7']:
    print(repr(spec), repr(format('abc', spec)))
