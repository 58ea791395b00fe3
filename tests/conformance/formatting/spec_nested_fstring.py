# f-strings with nested replacement fields inside format specs, and conversions.
val = 3.14159265
for w in (8, 10):
    for p in (2, 4):
        print(f'[{val:{w}.{p}f}]', f'[{val:>{w}.{p}}]', f"[{'x':{'*'}^{w}}]")
name = 'Ada'
print(f'{name!r:>8}', f'{name!s:<6}|', f'{name!a}', f'{len(name):03d}')
items = [('apple', 1.5), ('kiwi', 12.25)]
for n, p in items:
    print(f'{n:<10}{p:>8.2f}')
print(f'{"nested " + f"{1 + 1}"}', f'{3:{"0"}{4}}')
