# Pascal's triangle rows and centered printing.
def rows(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]
tri = list(rows(10))
width = len(' '.join(map(str, tri[-1])))
for r in tri:
    print(' '.join(map(str, r)).center(width))
print(sum(tri[-1]), tri[-1][4])
