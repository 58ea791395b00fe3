# Benchmark: nested range loops with int arithmetic (the eval loop's basic dispatch cost).
def main(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) % 7 + (i ^ j)
            total -= j >> 2
    return total

print(main(2400))
