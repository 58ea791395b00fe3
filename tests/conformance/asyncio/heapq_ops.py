# The heap operations the timer heap uses (heapq, native in our engine): order of ties,
# argument errors, the comparisons a __lt__ sees.
import heapq


class Key:
    log = []

    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        Key.log.append((self.tag, other.tag))
        return self.v < other.v

    def __repr__(self):
        return f'{self.tag}{self.v}'


h = []
for i, v in enumerate([5, 3, 5, 1, 3, 9, 0]):
    heapq.heappush(h, (v, i))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])

items = [Key(v, t) for v, t in zip([4, 2, 4, 1, 2], 'abcde')]
heapq.heapify(items)
print(items, len(Key.log))
Key.log.clear()
print(heapq.heappop(items), Key.log)
Key.log.clear()
print(heapq.heappushpop(items, Key(0, 'z')), heapq.heapreplace(items, Key(3, 'y')), items, Key.log)
print(heapq.nsmallest(3, [7, 1, 8, 2, 9]), heapq.nlargest(2, [7, 1, 8, 2, 9]), list(heapq.merge([1, 4], [2, 3])))
for call in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(5),
             lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([])):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.heappushpop([], 4), heapq.heappushpop([1], 0))
