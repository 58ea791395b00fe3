from __future__ import annotations

def f(a: dict[str, int] | None, *b: 'X', c: list[tuple[int, ...]] = 1) -> Callable[[int], str]:
    return a

print(sorted(f.__annotations__.items()))

class C:
    x: Optional[int] = 3
    y: a.b.C
    z: -1
    w: f(x, *y, k=2)
    v: lambda: 1 if x else 2
    u: not a or b and (c or d)
    t: x ** -y ** 2

print(sorted(C.__annotations__.items()))
print(C.x)
