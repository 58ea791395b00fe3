# TypeError messages from builtins called with wrong argument counts or types.
cases = [lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: isinstance(1), lambda: range(), lambda: range(1, 2, 3, 4),
         lambda: int(1, 2), lambda: str(1, 2), lambda: ord(), lambda: sorted(), lambda: zip(1), lambda: enumerate(1),
         lambda: chr(1, 2), lambda: hash(), lambda: getattr(), lambda: print(x=1), lambda: min(1, 2, 3, key=1)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
