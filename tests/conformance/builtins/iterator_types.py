# Type names and behaviour of the builtin iterator types.
its = [iter([]), iter(()), iter(''), iter({}), iter(set()), iter(range(3)), iter(b''), iter({}.values()), iter({}.items()),
       reversed([]), reversed(range(2)), enumerate([]), zip(), map(str, []), filter(None, []), iter(lambda: 1, 1), iter(bytearray())]
for it in its:
    print(type(it).__name__, iter(it) is it, hasattr(it, '__next__'))
r = iter(range(5))
print(next(r), list(r), list(r))
print(type(iter(range(2**70))).__name__)
