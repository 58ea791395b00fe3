# Tuple displays, parentheses, trailing commas, singletons.
t = 1,
print(t, type(t).__name__, len(()), ())
print((1), (1,), (1, 2,))
x = 1, 2, 3
print(x)
print([1, 2,], {1: 2,})
def f(): return 1, 
print(f())
