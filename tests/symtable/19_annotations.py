x: int = 1
y: str
def f(a: int) -> str:
    b: list = []
    c: int
    return b
class C:
    d: int = 3
