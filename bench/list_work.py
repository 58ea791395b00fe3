# Benchmark: list append, indexing, slicing, sort and comprehensions.
def main(rounds):
    checksum = 0
    for r in range(rounds):
        xs = []
        for i in range(5000):
            xs.append((i * 7919 + r) % 10007)
        ys = [x * 2 for x in xs if x % 3]
        ys.sort()
        zs = sorted(xs, reverse=True)
        for k in range(0, len(ys), 50):
            checksum += ys[k] - zs[k % len(zs)]
        checksum += sum(xs[::7]) + len(ys)
        checksum %= 1000000007
    return checksum

print(main(700))
