# A formatted text table mixing alignments, numbers and separators.
rows = [('Widget', 4, 3.5), ('Gadget', 12, 10.0), ('Thingamajig', 1, 1234.567)]
print(f"{'Name':<12}|{'Qty':>5}|{'Price':>10}")
print('-' * 29)
for n, q, p in rows:
    print(f'{n:<12}|{q:>5}|{p:>10,.2f}')
total = sum(q * p for _, q, p in rows)
print(f"{'Total':<12}|{'':>5}|{total:>10,.2f}")
