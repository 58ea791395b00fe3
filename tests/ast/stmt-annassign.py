x: int
y: int = 5
z: list[int] = []
self_attr: "Forward"
(paren): int = 1
obj.field: str = "hi"
table[key]: float
values: tuple[int, ...] = 1, 2, 3
def f():
    local: dict[str, int] = {}
    return local
class C:
    name: str
    age: int = 0
