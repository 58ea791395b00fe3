# Classes defined inside functions are distinct per call and close over locals.
def make(n):
    class K:
        val = n
        def get(self): return n * 2
    return K
K1, K2 = make(1), make(2)
print(K1 is K2, K1.val, K2().get(), K1.__qualname__)
