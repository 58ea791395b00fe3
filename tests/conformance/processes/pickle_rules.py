# pickle's rules for what crosses between processes: module-level functions and classes
# by name, instances by class and state; lambdas, nested functions and local classes fail.
import pickle
import re


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [2, 3]


def top():
    return 'top'


def clean(e):
    return type(e).__name__ + ': ' + re.sub(r'0x[0-9a-f]+', '0x...', str(e))


def local_things():
    def inner():
        pass

    class Local:
        pass
    return inner, Local, Local()


if __name__ == '__main__':
    for proto in (2, 4, 5):
        print(proto, pickle.loads(pickle.dumps(top, proto)) is top,
              pickle.loads(pickle.dumps(Plain, proto)) is Plain,
              vars(pickle.loads(pickle.dumps(Plain(), proto))))
    print(pickle.dumps(top, 4))
    print(pickle.dumps(len, 4), pickle.dumps(Plain, 0))
    for obj in (lambda: 0,) + local_things():
        try:
            pickle.dumps(obj)
        except Exception as e:
            print(clean(e))
    try:
        pickle.loads(b'garbage')
    except Exception as e:
        print(type(e).__name__, e)
