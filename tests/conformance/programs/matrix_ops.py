# Matrix multiply, transpose, determinant by recursion, identity check.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([r[:c] + r[c + 1:] for r in m[1:]]) for c in range(len(m)))
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b), [list(r) for r in zip(*a)], det(a), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
ident = [[int(i == j) for j in range(3)] for i in range(3)]
m = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
print(matmul(m, ident) == m, det(m))
