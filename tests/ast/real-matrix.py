def zeros(n, m):
    return [[0] * m for _ in range(n)]

def matmul(a, b):
    n, k, m = len(a), len(b), len(b[0])
    assert all(len(row) == k for row in a), "shape mismatch"
    c = zeros(n, m)
    for i in range(n):
        for j in range(m):
            c[i][j] = sum(a[i][t] * b[t][j] for t in range(k))
    return c

def transpose(a):
    return [list(col) for col in zip(*a)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

A = [[1, 2], [3, 4]]
assert matmul(A, identity(2)) == A
print(transpose(A), matmul(A, A))
