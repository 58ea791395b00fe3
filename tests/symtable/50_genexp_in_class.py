class C:
    a = 1
    g = (a for _ in range(2))
