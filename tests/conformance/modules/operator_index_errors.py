# operator.index follows PyNumber_Index: ints and __index__ pass, other types raise TypeError
# naming the type, and __index__ must return an int.
import operator


class Good:
    def __index__(self):
        return 7


class Bad:
    def __index__(self):
        return 'seven'


for v in [3, True, Good(), 2.5, 'a', None, [1], Bad()]:
    try:
        print(repr(operator.index(v)))
    except TypeError as e:
        print('TypeError:', e)
