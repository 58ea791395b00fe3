def f(n):
    return [n * i for i in range(n)]
