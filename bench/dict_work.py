# Benchmark: dict insert, lookup, update and iteration with str and int keys.
def main(n):
    d_int = {}
    d_str = {}
    for i in range(n):
        d_int[i] = i * 2
        d_str['k' + str(i % 5000)] = i
    hits = 0
    for i in range(0, n * 2, 3):
        if i in d_int:
            hits += d_int[i]
        v = d_str.get('k' + str(i % 7000))
        if v is not None:
            hits += v
    d_int.update({i: -i for i in range(0, n, 10)})
    total = 0
    for k, v in d_int.items():
        total += v
    for k in d_str:
        total += len(k)
    return hits + total

print(sum(main(300000) for _ in range(4)))
