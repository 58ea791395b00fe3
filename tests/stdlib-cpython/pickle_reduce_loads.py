# pickle: __reduce__ with list/dict items and a state setter, slots state, copyreg
# extension codes and dispatch_table, Python 2 pickles (STRING, INST, OBJ, encodings),
# and loads of hand-written opcode streams.
import copyreg
import pickle


class Bag:
    def __init__(self):
        self.items = []
        self.meta = {}

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        self.items.extend(xs)

    def __setitem__(self, k, v):
        self.meta[k] = v

    def __reduce__(self):
        return (Bag, (), {'tag': 't'}, iter(self.items), iter(self.meta.items()))


def set_state(obj, state):
    obj.restored = sorted(state.items())


class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {'a': 1, 'b': 2}, None, None, set_state)


class Slots:
    __slots__ = ('x', '__dict__')

    def __init__(self):
        self.x = 1
        self.y = 2


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))


class Old:
    def __init__(self, *args):
        self.args = args


class Ext:
    pass


b = Bag()
b.items = [1, 2, 3]
b.meta = {'k': 'v'}
for proto in range(6):
    data = pickle.dumps(b, proto)
    back = pickle.loads(data)
    print(proto, data, back.items, back.meta, back.tag)
    data = pickle.dumps(WithSetter(), proto)
    print(proto, data, pickle.loads(data).restored)
    if proto >= 2:
        data = pickle.dumps(Slots(), proto)
        s = pickle.loads(data)
        print(proto, data, s.x, s.y)

copyreg.pickle(Point, reduce_point)
p = pickle.loads(pickle.dumps(Point(1, 2)))
print(p.x, p.y)
del copyreg.dispatch_table[Point]

copyreg.add_extension(__name__, 'Ext', 240)
copyreg.add_extension(__name__, 'Old', 0x1234)
copyreg.add_extension(__name__, 'Bag', 0x123456)
for proto in (1, 2, 4):
    data = pickle.dumps([Ext, Old, Bag], proto)
    print(proto, data, pickle.loads(data) == [Ext, Old, Bag])
copyreg.remove_extension(__name__, 'Ext', 240)
copyreg.remove_extension(__name__, 'Old', 0x1234)
copyreg.remove_extension(__name__, 'Bag', 0x123456)

streams = [
    b"S'text'\np0\n.",
    b'S"quote\'s"\n.',
    b"(S'a'\nS'b'\ntp0\ng0\n(t.",
    b'U\x03abc.',
    b'T\x03\x00\x00\x00xyz.',
    b"(i__main__\nOld\nI1\nI2\nb.",
    b"(i__main__\nOld\n(dS'k'\nI3\nsb.",
    b'(c__main__\nOld\nK\x05o.',
    b'c__builtin__\nset\n(]K\x01aK\x02a\x85R.',
    b'cexceptions\nValueError\n(S\'bad\'\ntR.',
    b'K\x01K\x02\x86\x94h\x00\x30.',
    b'\x80\x02K\x07\x32\x86.',
    b'F1.5\nF-0.25\n\x86.',
    b'L12345678901234567890L\n.',
    b'I00\nI01\nI-7\n\x87.',
    b'\x80\x04\x8c\x08builtins\x94\x8c\x03len\x94\x93\x94.',
    b'\x80\x04\x8c\x08__main__\x8c\x0bPoint.__init__\x93.',
    b'\x8a\x00\x8a\x01\xff\x8a\x02\x00\x80\x8b\x01\x00\x00\x00\x7f\x87.',
    b'\x80\x05\x96\x03\x00\x00\x00\x00\x00\x00\x00abc.',
    b'\x80\x04\x8f(K\x01K\x02\x90.',
    b'}(K\x01K\x02K\x03K\x04u.',
]
for s in streams:
    try:
        obj = pickle.loads(s)
        print(repr(obj) if not isinstance(obj, Old) else ('Old', obj.args, vars(obj)))
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(b"S'caf\\xc3\\xa9'\n.", encoding='utf-8'))
print(pickle.loads(b"U\x04caf\xe9.", encoding='latin1'))
print(pickle.loads(b"U\x04caf\xe9.", encoding='bytes'))
try:
    pickle.loads(b"U\x04caf\xe9.")
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
