# heapq: heappush/pop, heapify, nlargest/nsmallest, merge, heappushpop, heapreplace.
import heapq
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 0, 3]
heapq.heapify(l)
print(l, heapq.heappushpop(l, 5), heapq.heapreplace(l, 10), l)
print(heapq.nlargest(3, [1, 8, 3, 9, 2]), heapq.nsmallest(2, ['b', 'a', 'c']), heapq.nlargest(2, [('a', 2), ('b', 5)], key=lambda t: t[1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'read'))
heapq.heappush(tasks, (3, 'exec'))
print([heapq.heappop(tasks)[1] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
