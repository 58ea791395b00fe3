# list methods: append, extend, insert, remove, pop, clear, index, count, reverse, copy.
l = [3, 1, 4]
l.append(1); l.extend([5, 9]); l.extend('ab'); l.insert(0, 'start'); l.insert(100, 'end'); l.insert(-1, 'neg')
print(l)
l.remove(1)
print(l, l.pop(), l.pop(0), l.pop(-2), l)
print(l.index(4), l.index(1), l.count(1), l.count('zz'))
l.reverse()
c = l.copy()
c.clear()
print(l, c)
for bad in [lambda: l.remove('nope'), lambda: l.index('nope'), lambda: [].pop(), lambda: [1].pop(5), lambda: l.index(4, 0, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
