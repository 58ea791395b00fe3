# Deduplicating while keeping order; int sets print in a deterministic order.
data = [5, 3, 5, 1, 3, 9, 1]
print(list(dict.fromkeys(data)), sorted(set(data)))
print({1, 2, 3}, {3, 2, 1}, set(range(5)), {-1, -2} == {-2, -1})
seen = set()
out = []
for x in data:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out)
