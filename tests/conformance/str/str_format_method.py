# str.format: positional, keyword, indexing, attribute access, conversions, nested specs.
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('x', 'y'), '{name}!'.format(name='n'))
print('{0[1]} {d[k]} {o.real}'.format([5, 6], d={'k': 'v'}, o=3))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{:>{w}}|{:.{p}f}'.format('r', 3.14159, w=5, p=2))
print('{{}} {}'.format('braces'), '{:*^9}'.format('mid'))
print('{0:{1}}'.format(42, '>6'), '{:,}'.format(10**9))
for bad in ['{', '}', '{0} {}', '{x}', '{0}']:
    try:
        print(bad.format() if bad != '{0} {}' else bad.format(1, 2))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
