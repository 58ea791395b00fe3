def f():
    class C:
        def m(self):
            return [lambda: 0 for _ in range(1)][0]
        class D:
            def n(self):
                pass
    def g():
        global h
        def h():
            pass
        return h
    return C, g()

C, h = f()
print(C.__qualname__, C.m.__qualname__, C.D.__qualname__, C.D.n.__qualname__)
print(C().m().__qualname__, h.__qualname__)
print((lambda: 0).__qualname__, [lambda: 1 for _ in "a"][0].__qualname__)

class Outer:
    def __private(self):
        return "mangled"
    def call(self):
        return self.__private()
    __slots_like = 3
    def get(self):
        return Outer.__slots_like

print(Outer().call(), Outer().get(), sorted(k for k in Outer.__dict__ if "private" in k) if False else "ok")
