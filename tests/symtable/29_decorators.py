def deco(f):
    return f
@deco
def f():
    pass
@deco
class C:
    pass
