# Class __dict__, __name__, __module__, __qualname__, vars(), dir() filtering.
class C:
    a = 1
    def m(self): pass
print(C.__name__, C.__module__, C.__qualname__)
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
print('a' in dir(C), 'm' in dir(C()), '__init__' in dir(C))
c = C()
c.b = 2
print(vars(c), c.__dict__ is vars(c))
C.a = 10
print(c.a)
setattr(C, 'new', 'dyn')
print(c.new, getattr(c, 'zz', 'default'))
delattr(C, 'new')
print(hasattr(c, 'new'))
