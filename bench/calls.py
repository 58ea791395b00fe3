# Benchmark: many small Python-to-Python calls with positional, default and keyword arguments.
def add(a, b):
    return a + b

def scaled(x, factor=3):
    return x * factor

def combine(a, b, *, bias=0):
    return add(a, b) + bias

def main(n):
    acc = 0
    for i in range(n):
        acc = add(acc, i) % 1000003
        acc += scaled(i & 15)
        acc = combine(acc, 1, bias=-1)
    return acc

print(main(3500000))
