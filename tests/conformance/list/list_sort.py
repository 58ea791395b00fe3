# list.sort and sorted: stability, key, reverse, mixed-type errors.
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
l = [5, 2, 8, 1, 9, 3]
l.sort()
print(l)
l.sort(reverse=True)
print(l, l.sort() is None)
words = ['bb', 'a', 'ccc', 'dd']
words.sort(key=len)
print(words)
try:
    [3, 'a', 1].sort()
except TypeError as e:
    print(e)
try:
    l.sort(lambda x: x)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], reverse=1), sorted('hello'), sorted({3: 'a', 1: 'b'}))
big = list(range(1000, 0, -7))
print(sorted(big)[:5], sorted(big) == list(reversed(big)))
