# set methods: add, remove, discard, pop, update, intersection_update, difference_update, etc.
s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(2)
print(sorted(s), len(s), 3 in s, 2 in s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
s.update([5, 6], {7})
print(sorted(s))
s.intersection_update({1, 5, 6, 100})
print(sorted(s))
s.difference_update({1})
print(sorted(s))
s.symmetric_difference_update({6, 8})
print(sorted(s))
p = {42}.pop()
print(p, set(), set('aab') == {'a', 'b'})
c = s.copy(); c.clear()
print(c, sorted(s))
