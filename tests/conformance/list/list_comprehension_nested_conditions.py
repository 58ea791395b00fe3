# Nested comprehensions with conditions at several levels and flattening.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in m for x in row if x % 2], [[x for x in row if x > 4] for row in m])
print([(i, j) for i in range(4) if i % 2 == 0 for j in range(i) if j != 1])
print([x if x % 3 else 'fizz' for x in range(1, 10)], [y for x in m if sum(x) > 6 for y in x[::-1]])
