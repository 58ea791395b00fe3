def f(a, b):
