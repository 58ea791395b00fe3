def f(x: "A | None" = None, *, y: dict[str, list[int]] = {}) -> tuple[int, ...]:
    z: Callable[[int], str] = lambda n: str(n)
    return ()
v: int | None = None
