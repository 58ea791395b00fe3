# pickle's errors: python3's exception types and messages (addresses are masked).
import io
import pickle


def outer():
    def inner():
        pass
    return inner


class Holder:
    class Nested:
        pass


lam = lambda: 0
import threading

cases = [lam, outer(), threading.Lock(), (x for x in []), Holder.Nested, [lambda y: y]]
for obj in cases:
    for proto in (0, 2, 4, 5):
        try:
            pickle.dumps(obj, proto)
            print('ok', proto)
        except Exception as e:
            print(proto, type(e).__module__, type(e).__name__, e)

for data in [b'', b'\x80', b'K', b'I1', b'(', b'0', b'a', b'N', b'\x80\x04', b'\xff', b'zzz', b'\x80\x09.', b'(l.', b'h\x07.',
             pickle.dumps([1, 2, 3])[:-3]]:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

print(issubclass(pickle.PicklingError, pickle.PickleError))
print(issubclass(pickle.UnpicklingError, pickle.PickleError))
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print('ValueError', e)

# File-based API, several objects in one stream, and the Pickler class.
buf = io.BytesIO()
pickle.dump({'a': 1}, buf)
pickle.dump([1, 2], buf, protocol=0)
p = pickle.Pickler(buf, 2)
p.dump('third')
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.Unpickler(buf).load())


class Persist(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ref:'):
            return obj[4:]
        return None


class Unpersist(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded ' + pid


for proto in (0, 2, 4):
    b = io.BytesIO()
    Persist(b, proto).dump(['ref:one', 'two'])
    print(proto, b.getvalue())
    b.seek(0)
    print(Unpersist(b).load())


class Table(pickle.Pickler):
    dispatch_table = {complex: lambda c: (complex, (c.imag, c.real))}


b = io.BytesIO()
Table(b, 4).dump(complex(1, 2))
print(b.getvalue(), pickle.loads(b.getvalue()))


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Holder:
            return (str, ('holder',))
        return NotImplemented


b = io.BytesIO()
Override(b, 4).dump([Holder, 1])
print(b.getvalue(), pickle.loads(b.getvalue()))
lam2 = lambda: 1
try:
    pickle.dumps(lam2)
except pickle.PicklingError as e:
    print('caught', e)
import traceback
try:
    pickle.dumps(lam)
except Exception as e:
    print(''.join(traceback.format_exception_only(type(e), e)), end='')
