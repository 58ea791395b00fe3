# __instancecheck__ and __subclasscheck__ on metaclasses.
class Meta(type):
    def __instancecheck__(cls, inst): return hasattr(inst, 'quack')
    def __subclasscheck__(cls, sub): return hasattr(sub, 'quack')
class Duck(metaclass=Meta): pass
class Mallard:
    def quack(self): pass
print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
