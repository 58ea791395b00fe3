# Benchmark: string building with join, f-strings, concatenation and str methods.
def main(n):
    out = []
    total = 0
    for i in range(n):
        s = f'item-{i:05d}:{i * 3}'
        t = s.upper().replace('ITEM', 'it')
        parts = t.split(':')
        total += len(parts[0]) + int(parts[1]) % 97
        if t.startswith('it-0'):
            total += 1
        out.append(parts[0][::-1])
    joined = ','.join(out)
    acc = ''
    for i in range(2000):
        acc += str(i % 10)
    return total + len(joined) + joined.count('0') + len(acc)

print(main(600000))
