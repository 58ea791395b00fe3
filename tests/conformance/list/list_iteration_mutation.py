# Iterating while mutating: behaviour of removing during iteration, enumerate, reversed.
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
it = iter(l)
next(it)
l.append(4)
print(list(it))
l = list(range(5))
for i in reversed(range(len(l))):
    if l[i] % 2:
        del l[i]
print(l)
r = reversed([1, 2, 3])
print(list(r), list(r))
