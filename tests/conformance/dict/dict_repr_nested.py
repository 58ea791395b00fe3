# repr of dicts with various key and value types, nested and empty.
print({}, {'a': {'b': {}}}, {1: [1, 2], (1,): None, 'q': "it's"}, {True: 1.5, None: b'x'})
