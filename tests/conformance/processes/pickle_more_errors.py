# Objects pickle refuses, with python3's exception types and messages.
import pickle
import threading


def gen():
    yield 1


if __name__ == '__main__':
    for obj in (gen(), threading.Lock(), (x for x in [])):
        try:
            data = pickle.dumps(obj)
            print(type(obj).__name__, 'pickled', type(pickle.loads(data)).__name__)
        except Exception as e:
            print(type(e).__name__, e)
    for proto in range(6):
        print(proto, pickle.loads(pickle.dumps({'k': [1, (2, 3.5)], 'b': b'x', 'n': None}, proto)))
    try:
        pickle.dumps(1, protocol=6)
    except ValueError as e:
        print('ValueError', e)
