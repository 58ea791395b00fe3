# repr and ascii of strings, containers and special values.
for v in ['a', 'é', "'", '"', 'a\nb', '\x00', '日本', '😀', [1, 'é'], {'k': 'ü'}, None, 1.0, (1,)]:
    print(repr(v), ascii(v))
