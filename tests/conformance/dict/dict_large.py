# Larger dict workload: insert 50000 int keys, delete half, lookups, sum of values.
d = {}
for i in range(50000):
    d[i] = i * 2
for i in range(0, 50000, 2):
    del d[i]
print(len(d), sum(d.values()), d[49999], 2 in d, list(d)[:3])
s = {str(i): i for i in range(10000)}
print(s['9999'], sum(s[str(i)] for i in range(0, 10000, 100)))
