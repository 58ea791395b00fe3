a, b = 1, 2
a, b = b, a
(a, b), c = (b, a), a + b
print(a, b, c)
