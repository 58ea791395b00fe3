# Methods inherited from object: __eq__, __ne__, __hash__, __class__, __init_subclass__, __dir__.
class E: pass
e = E()
print(e.__class__.__name__, E.__base__.__name__, object.__bases__)
print(e.__eq__(e), e.__eq__(1), e.__ne__(1))
print(type(e.__hash__()).__name__)
print(E.__subclasses__(), object in E.__mro__)
class F(E): pass
print([c.__name__ for c in E.__subclasses__()])
e.__class__ = F
print(type(e).__name__)
print(object().__reduce_ex__ is not None)
