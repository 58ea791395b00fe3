from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap
import collections.abc as cabc
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0); d.extend([4, 5, 6]); print(d, len(d), d[0], d[-1])
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d, d.count(3), d.index(4))
d.remove(4); d.insert(1, 9); print(d, 9 in d, list(reversed(d)))
try: deque().pop()
except IndexError as e: print("IndexError", e)
print(deque("abc") + deque("de"), deque([1]) * 3, deque() == deque(), bool(deque()))
dd = defaultdict(list); dd["a"].append(1); dd["b"]; print(dd, dict(dd), dd.default_factory)
c = Counter("abracadabra"); print(c, c.most_common(2), c["z"], sorted(c.elements())[:5], c.total())
c2 = Counter(a=1, b=5); print(c + c2, c - c2, c & c2, c | c2, -Counter(a=-2), +Counter(a=-1, b=2))
c.update("aaa"); c.subtract(b=2); print(c)
P = namedtuple("P", "x y", defaults=[0]); p = P(1); print(p, p._asdict(), p._replace(y=5), P._fields, P._make([3, 4]))
x, y = p; print(x, y, p.x, p[1], isinstance(p, tuple), P.__doc__)
try: P()
except TypeError as e: print("TypeError", e)
try: namedtuple("Q", "a a")
except ValueError as e: print("ValueError", e)
R = namedtuple("R", "a def _b", rename=True); print(R._fields)
od = OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); print(od, od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)]); print(od2 == OrderedDict([("y", 2), ("x", 1)]), od2 == {"y": 2, "x": 1})
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4}), cm.parents)
print(isinstance([], cabc.MutableSequence), isinstance({}, cabc.Mapping), isinstance((), cabc.Hashable),
      isinstance([], cabc.Hashable), issubclass(deque, cabc.Sequence), isinstance(iter([]), cabc.Iterator),
      isinstance(x for x in []) if False else isinstance((x for x in []), cabc.Generator), isinstance(len, cabc.Callable))
class My(cabc.Mapping):
    def __init__(self): self.d = {"k": 1}
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return 1
    def __iter__(self): return iter(self.d)
m = My(); print(m.get("k"), "k" in m, list(m.items()), m == {"k": 1})
try:
    class Bad(cabc.Sequence): pass
    Bad()
except TypeError as e: print("TypeError", e)
