# Building strings: concatenation in loops, join, list of parts, += on str.
s = ''
for i in range(5):
    s += str(i)
print(s)
parts = []
for i in range(5):
    parts.append(f'<{i}>')
print(''.join(parts))
print(','.join(str(i * i) for i in range(10)))
acc = []
for w in 'the cat sat'.split():
    acc.append(w[::-1].upper())
print(' '.join(acc))
