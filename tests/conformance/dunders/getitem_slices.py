# __getitem__ receiving slice objects and tuples; slice.indices.
class S:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step, key.indices(10))
        return ('key', key)
s = S()
print(s[1:5], s[::2], s[-3:], s[::-1])
print(s[1, 2], s['a'], s[1:2, 3])
