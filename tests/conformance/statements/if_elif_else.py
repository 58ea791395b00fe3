# if/elif/else chains and truthiness of various values.
for v in [0, 1, -1, '', 'a', [], [0], {}, None, 0.0, 2.5]:
    if v is None:
        print('none')
    elif not v:
        print(repr(v), 'falsy')
    elif isinstance(v, int) and v < 0:
        print(repr(v), 'negative')
    else:
        print(repr(v), 'truthy')
