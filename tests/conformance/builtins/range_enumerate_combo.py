# Typical tutorial loops combining range, len, enumerate and zip.
names = ['ann', 'bob', 'cy']
for i in range(len(names)):
    print(i, names[i])
for i, n in enumerate(names, start=1):
    print(f'{i}. {n}')
for n, score in zip(names, [90, 85, 77]):
    print(n.title(), score)
print(dict(enumerate(names)))
