# TypeErrors from unsupported operand types, with python's messages.
FIVE, ABC, ONE_F, EMPTY, NONE = 5, 'abc', 1.0, [], None
cases = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + (1,), lambda: {} + {},
    lambda: 'a' * 'b', lambda: [1] * 1.5, lambda: None - 1, lambda: 1 / 'x',
    lambda: 2 ** 'x', lambda: 'x' % (1, 2), lambda: 'a' < 1, lambda: {1} < [1],
    lambda: len(5), lambda: FIVE(), lambda: ABC[ONE_F], lambda: EMPTY[NONE],
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
