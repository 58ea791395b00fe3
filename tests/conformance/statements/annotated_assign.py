# Annotated assignments at module, class and function level, and __annotations__.
x: int = 5
y: str
print(x)
print(__annotations__)
class C:
    a: int = 1
    b: 'list[int]'
print(C.__annotations__, C.a, hasattr(C, 'b'))
def f():
    z: float = 1.5
    w: int
    return z
print(f())
try:
    print(y)
except NameError as e:
    print('NameError', e)
lst = [0]
lst[0]: int = 7
print(lst)
