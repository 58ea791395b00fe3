names = ["a", "b"]
ages = [1, 2]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(dict(zip(names, ages)), list(map(str.upper, names)), list(filter(None, [0, 1, 2])))
