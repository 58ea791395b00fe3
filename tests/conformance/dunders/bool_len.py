# __bool__ and __len__ for truthiness; bool precedence; bad return types.
class T:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class BL:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(T()), bool(L()), bool(BL()), not T(), 'yes' if L() else 'no')
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class Plain: pass
print(bool(Plain()))
