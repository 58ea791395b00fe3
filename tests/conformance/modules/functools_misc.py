# functools.cmp_to_key, singledispatch, cached_property.
from functools import cmp_to_key, singledispatch, cached_property
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))))
@singledispatch
def show(x): return 'object'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([1]), show('s'), show(True))
class C:
    @cached_property
    def val(self):
        print('computing val')
        return 42
c = C()
print(c.val, c.val)
