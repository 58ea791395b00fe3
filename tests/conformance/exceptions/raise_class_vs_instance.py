# Raising a class instantiates it; raising an instance keeps identity.
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
err = KeyError('same')
try:
    raise err
except KeyError as e:
    print(e is err)
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise NeedsArgs
except TypeError as e:
    print('TypeError', e)
