import functools, itertools, operator, heapq, bisect
@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(): "doc"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
p = functools.partial(int, base=2); print(p("101"), p.func, p.keywords, repr(p))
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
try: functools.reduce(operator.add, [])
except TypeError as e: print("TypeError", e)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def f(x): return "obj"
@f.register
def _(x: int): return "int"
@f.register(list)
def _(x): return "list"
print(f(1), f([]), f("s"), f(True))
class C:
    @functools.cached_property
    def val(self):
        print("computing val"); return 42
c = C(); print(c.val, c.val)
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.repeat("x", 3)))
print(list(itertools.chain("ab", [1])), list(itertools.chain.from_iterable(["cd", "e"])))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print([(k, list(g)) for k, g in itertools.groupby("aaabbc")])
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations(range(3), 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.zip_longest("abc", "x", fillvalue="-")), list(itertools.pairwise("abcd")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.filterfalse(None, [0, 1, 0, 2])), list(itertools.compress("abc", [1, 0, 1])))
a, b = itertools.tee([1, 2, 3]); print(list(a), list(b))
print(list(itertools.islice(range(10), 2, 8, 3)), list(itertools.islice("abc", None)))
h = [5, 1, 4, 2]; heapq.heapify(h); heapq.heappush(h, 0); print(h, heapq.heappop(h), heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]))
print(list(heapq.merge([1, 4], [2, 3])), heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 2], 3))
xs = [1, 3, 3, 5]; print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 4)); bisect.insort(xs, 4); print(xs)
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"), operator.add(1, 2), operator.neg(3))
