class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t is not None)
        return self.suppress

with CM("a") as x, CM("b") as y:
    print("body", x, y)

with CM("s", True):
    raise ValueError("swallowed")
print("after suppressed")

def ret():
    with CM("r"):
        return "returned"

print(ret())

def loop():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)

loop()

try:
    with CM("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
