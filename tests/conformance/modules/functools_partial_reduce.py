# functools.partial and reduce.
from functools import partial, reduce
def power(base, exp): return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square.func is power, square.args, square.keywords)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
p2 = partial(partial(print, 'a'), 'b', sep='-')
p2('c')
