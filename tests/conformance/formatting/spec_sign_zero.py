# Format-spec sign options (+, -, space), z flag absent in 3.11, and zero padding with sign.
for v in [5, -5, 0, 2.5, -2.5, -0.0]:
    print(repr(format(v, '+')), repr(format(v, '-')), repr(format(v, ' ')), repr(format(v, '+06')), repr(format(v, ' 06.1f') if isinstance(v, float) else format(v, ' 06d')))
