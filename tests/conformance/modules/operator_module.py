# operator functions: arithmetic, itemgetter, attrgetter, methodcaller, index.
import operator as op
print(op.add(1, 2), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.neg(5), op.pow(2, 5), op.xor(6, 3))
print(op.eq(1, 1), op.lt(1, 2), op.not_(0), op.truth([]), op.contains([1, 2], 2), op.getitem('abc', 1), op.concat([1], [2]))
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1('xyz'), get02('xyz'), sorted([(1, 'b'), (2, 'a')], key=op.itemgetter(1)))
class P:
    def __init__(self): self.name = 'n'; self.sub = self
print(op.attrgetter('name')(P()), op.attrgetter('sub.name', 'name')(P()))
print(op.methodcaller('split', ',')('a,b'), op.methodcaller('upper')('q'), op.index(5))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.iadd([1], [2]), op.is_(None, None), op.is_not(1, None))
