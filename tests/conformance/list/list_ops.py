# list operators: +, *, +=, ==, <, in, len, nested list multiplication aliasing.
a = [1, 2]
print(a + [3], a * 3, [0] * 0, 2 * a, a == [1, 2], a < [1, 3], [1, 2, 3] > [1, 2], [] < [0])
grid = [[0] * 3] * 2
grid[0][0] = 'X'
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 'X'
print(grid)
print(list(), list('abc'), list((1, 2)), list({'k': 1}), list(range(3)))
try:
    a + (3,)
except TypeError as e:
    print(e)
x = [1]
x += (2, 3)
print(x)
