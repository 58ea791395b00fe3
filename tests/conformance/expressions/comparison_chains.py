# Comparison operators and chained comparisons, with evaluation counting.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True)
print(1 != 2, 'a' < 'b' < 'c', [1, 2] < [1, 3], (1, 2) <= (1, 2))
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 3)
one = 1
print(one is one, None is None, one is not None)
print(2 in [1, 2], 3 not in [1, 2], 'b' in 'abc', 'bc' in 'abc')
try:
    print(1 < 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
