# heapq on the items whose comparison the engine decides without calling Python code
# (small ints, exact floats, exact tuples of them), mixed with the ones it must leave to
# the full comparison: ties on the first item, NaN, -0.0, bools, big ints, strings,
# subclasses of float and tuple with their own __lt__, tuples of different lengths.
import heapq
import math


def drain(items):
    h = []
    for x in items:
        heapq.heappush(h, x)
    out = []
    while h:
        out.append(heapq.heappop(h))
    return out


print(drain([(2.5, 1, 'a'), (1.0, 2, 'b'), (2.5, 0, 'c'), (1.0, 1, 'd'), (0.0, 9, 'e')]))
print(drain([3, 1.5, -2, 0.0, -0.0, 7, 1, 2**40, -2**70, 2.0]))
print(drain([(1, 2), (1,), (1, 2, 0), (0, 9, 9), (1, 1.5), ()]))
print(drain([(True, 1), (1, 0), (0.5, 2), (False, 3)]))
print(drain([(1.0, 'b'), (1.0, 'a'), (0.5, 'z'), (1.0, 'a', 0)]))
print(drain([(2**64, 1), (2**64, 0), (-1, 5), (3.0, 2)]))

# NaN first items: every comparison with NaN is False, so where a NaN lands depends on the
# order of the comparisons; python3's heap order is the oracle.
nan = float('nan')
print([repr(x) for x in drain([(1.0, 'a'), (nan, 'n'), (0.5, 'b'), (2.0, 'c'), (nan, 'm')])])
print([repr(x) for x in drain([3.0, nan, 1.0, 2.0, nan, 0.0])])


class F(float):
    def __lt__(self, other):
        print('F.__lt__', float(self), other)
        return float(self) > float(other)  # reversed order


print(drain([F(1.0), F(3.0), F(2.0)]))
print(drain([(F(1.0), 1), (F(1.0), 0), (F(2.0), 5)]))


class T(tuple):
    def __lt__(self, other):
        print('T.__lt__', tuple(self), tuple(other))
        return tuple(self) > tuple(other)


print(drain([T((1, 2)), T((3, 0)), T((2, 2))]))


class K:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        print('K.__lt__', self.k, other.k)
        return self.k < other.k

    def __repr__(self):
        return f'K({self.k})'


# Equal numbers first, then a Python __lt__ decides: it must be called just as python3 calls it.
print(drain([(1.0, K(3)), (1.0, K(1)), (0.0, K(2)), (1, K(0))]))

h = [(5.0, 0), (1.0, 1), (3.0, 2)]
heapq.heapify(h)
print(h, heapq.heappushpop(h, (2.0, 3)), heapq.heapreplace(h, (0.5, 4)), h)
print(heapq.nsmallest(3, [(x % 7 * 0.5, x) for x in range(20)]))
print(heapq.nlargest(3, [(x % 5, -x) for x in range(20)]))
print(math.copysign(1, drain([0.0, -0.0])[0]), math.copysign(1, drain([-0.0, 0.0])[0]))
