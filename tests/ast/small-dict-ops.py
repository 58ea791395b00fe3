d = dict(a=1, b=2)
d |= {"c": 3}
for k in sorted(d, reverse=True):
    print(k, d.get(k, 0), k in d)
d.pop("a", None)
print({**d, "z": 0})
