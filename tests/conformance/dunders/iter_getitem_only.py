# Objects with only __getitem__ are iterable; iter() returns an iterator over them.
class G:
    def __getitem__(self, i):
        if i < 4:
            return chr(ord('a') + i)
        raise IndexError
it = iter(G())
print(next(it), next(it), list(it))
print(''.join(G()), list(zip(G(), range(10))))
