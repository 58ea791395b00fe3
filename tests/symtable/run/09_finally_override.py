def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "swallowed"

print(swallow())

def override():
    try:
        return "try"
    finally:
        return "finally"

print(override())

def exc_override():
    try:
        raise KeyError("x")
    finally:
        return "finally wins"

print(exc_override())

def nested_return():
    try:
        try:
            return "inner"
        finally:
            print("f1")
    finally:
        print("f2")

print(nested_return())

def in_handler_return():
    try:
        raise ValueError("v")
    except ValueError as e:
        try:
            return "from handler " + str(e)
        finally:
            print("handler finally")
    finally:
        print("outer finally")

print(in_handler_return())

def loop_continue_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        except Exception:
            pass
        finally:
            out.append("f")
    return out

print(loop_continue_finally())

def with_in_try():
    class M:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("exit", a[0] is not None)
    for i in range(2):
        try:
            with M():
                if i == 1:
                    break
                raise ValueError
        except ValueError:
            print("caught")
    return i

print(with_in_try())

def raise_from_handler():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    except ValueError as e:
        return str(e)

print(raise_from_handler())

def gen_finally():
    try:
        yield 1
        return
    finally:
        print("gen cleanup")

print(list(gen_finally()))
