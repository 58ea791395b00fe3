# Errors for invalid str operations with their messages.
for f in [lambda: 'a' * 1.5, lambda: 'a' + None, lambda: 'a' - 'b', lambda: 'abc'.count(1), lambda: 'abc'.startswith(1),
          lambda: 'a'.join('b', 'c'), lambda: 'a'.replace('a'), lambda: str.upper(5), lambda: 'x'.encode(5)]:
    try:
        f()
    except TypeError as e:
        print(e)
