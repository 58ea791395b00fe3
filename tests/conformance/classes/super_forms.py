# super() zero-arg and two-arg forms, in classmethods, and __init__ chains.
class Base:
    def __init__(self):
        print('Base init')
        self.tag = 'base'
    @classmethod
    def make(cls): return 'make:' + cls.__name__
    def hello(self): return 'Base.hello'
class Mid(Base):
    def __init__(self):
        print('Mid init')
        super().__init__()
    @classmethod
    def make(cls): return 'Mid+' + super().make()
class Leaf(Mid):
    def __init__(self):
        print('Leaf init')
        super(Leaf, self).__init__()
    def hello(self): return super(Mid, self).hello() + ' via skip'
l = Leaf()
print(l.tag, Leaf.make(), l.hello())
print(super(Leaf, l).hello())
class NoParent:
    def m(self):
        return super().__repr__.__name__
print(NoParent().m())
