for i in range(3):
    print(i)
else:
    print("end")
for k, v in d.items():
    pass
for (a, b), c in pairs:
    pass
for x, in singles:
    pass
for *a, b in rows:
    pass
for obj.attr in values:
    pass
for arr[0] in values:
    pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
