def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", e)
        raise ValueError("bad") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    finally:
        print("finally")
except KeyError as e:
    print("outer", e)
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return "ret"
        finally:
            print("fin", i)
print(g())
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)
try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple match", type(e).__name__)
import sys
try:
    raise RuntimeError("x")
except RuntimeError:
    print(sys.exc_info()[0].__name__)
with_result = []
class CM:
    def __enter__(self):
        with_result.append("enter")
        return self
    def __exit__(self, t, v, tb):
        with_result.append(("exit", t.__name__ if t else None))
        return True
with CM() as cm:
    raise OSError("suppressed")
with CM():
    pass
print(with_result)
try:
    assert 1 == 2, "nope"
except AssertionError as e:
    print("assert", e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
