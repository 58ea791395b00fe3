import pprint, collections, types, io
data = {'name': 'Concurrency Kitchen', 'tags': ['threads', 'asyncio', 'gil', 'workers', 'heap', 'trace'],
        'nested': {'a': [1, 2, 3, {'deep': (4, 5, 6), 'deeper': {'x': [7] * 12}}], 'b': set(range(15)), 'c': frozenset('abc')},
        'numbers': list(range(40)), 'tuple1': (1,), 'empty': [[], {}, (), set()], 3: 'int key', (1, 2): 'tuple key'}
for w in (80, 60, 40, 20, 5):
    print(f'-- width {w}')
    pprint.pprint(data, width=w)
print('-- indent 4, compact, depth, sort_dicts')
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, compact=True, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1, width=30)
pprint.pprint({'z': 1, 'a': 2, 'm': [3, 2, 1]}, sort_dicts=False, width=10)
pprint.pp({'z': 1, 'a': 2, 'm': list(range(30))})
print(pprint.pformat(list(range(100)), compact=True, width=60))
print(pprint.pformat(list(range(30)), indent=3, width=30))
print('-- strings and bytes')
s = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(s, width=40)
pprint.pprint([s, 'short', 'line one\nline two\nline three is a much longer line that will not fit'], width=40)
pprint.pprint({'key': s}, width=50)
pprint.pprint(b'\x00\x01bytes and more bytes and yet more bytes \xff' * 2, width=30)
pprint.pprint([b'abcdefghijklmnopqrstuvwxyz' * 2], width=30)
pprint.pprint(bytearray(b'abcdefghijklmnopqrstuvwxyz0123456789'), width=25)
pprint.pprint(('x' * 100,), width=40)
print('-- collections')
od = collections.OrderedDict((k, list(range(k))) for k in range(8))
pprint.pprint(od, width=40)
dd = collections.defaultdict(list, {'alpha': [1] * 10, 'beta': [2] * 10, 'gamma': 'x' * 30})
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter('abracadabra simsalabim hocus pocus'), width=40)
pprint.pprint(collections.ChainMap({'a': 1, 'b': [2] * 20}, {'c': 3}), width=40)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(collections.UserList(list(range(30))), width=40)
pprint.pprint(collections.UserDict({'k%d' % i: i for i in range(10)}), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='b' * 30, gamma=None), width=40)
pprint.pprint(types.MappingProxyType({'a': list(range(20)), 'b': 2}), width=40)
pprint.pprint([collections.OrderedDict(), collections.defaultdict(int), collections.Counter(), collections.deque(), set(), frozenset()])
Point = collections.namedtuple('Point', 'x y')
pprint.pprint([Point(1, 2)] * 8, width=40)
print('-- recursion, saferepr, readable')
l = [1, 2]; l.append(l)
d = {'self': None}; d['self'] = d
pprint.pprint(l); pprint.pprint(d)
big = [l, 'x' * 80]
print(pprint.pformat(big).replace(str(id(l)), 'ID'))
print(pprint.saferepr(l).replace(str(id(l)), 'ID'), pprint.isrecursive(l), pprint.isreadable(l), pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable(object()), pprint.isrecursive([1]))
print(pprint.saferepr({'b': 1, 'a': 2}), pprint.saferepr({3: 'x', 'a': 1, None: 2, (1,): 3}))
pprint.pprint({3: 'x', 'a': 1, None: 2, (1,): 3, 2.5: 0})
pprint.pprint({1, 'a', None, 2.5, (1, 2)})
pprint.pprint(10**40, underscore_numbers=True)
pprint.pprint([10**12, 2**70], underscore_numbers=True, width=20)
p = pprint.PrettyPrinter(width=30, indent=2)
print(p.pformat(data['nested']), p.isreadable(data), p.isrecursive(data))
buf = io.StringIO()
pprint.PrettyPrinter(stream=buf, width=20).pprint(list(range(10)))
print(repr(buf.getvalue()))
for kw in (dict(indent=-1), dict(depth=0), dict(width=0)):
    try: pprint.PrettyPrinter(**kw)
    except ValueError as e: print('ValueError', e)
class R:
    def __repr__(self): return 'R(' + 'r' * 50 + ')'
pprint.pprint([R(), R()], width=30)
class MyList(list): pass
pprint.pprint(MyList(range(30)), width=30)
class MyDict(dict):
    def __repr__(self): return 'MyDict!'
pprint.pprint([MyDict(a=1)] * 3, width=10)
