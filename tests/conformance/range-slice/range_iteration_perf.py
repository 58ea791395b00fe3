# Iterating over ranges in nested loops with int accumulation.
total = 0
for i in range(300):
    for j in range(i % 7, 300, 3):
        total += i ^ j
print(total)
print(sum(range(1, 1001)), sum(range(0, 1001, 2)), list(range(3, -4, -3)))
