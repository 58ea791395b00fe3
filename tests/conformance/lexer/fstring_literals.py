# f-string literal forms: nested quotes, braces escapes, triple-quoted, raw f-strings.
x, y = 3, 'hi'
print(f'{x}', F"{y}", f'''{x}{y}''', rf'\n{x}', fr'{y}\t')
print(f'{{literal}} {x}')
print(f"{'nested'}")
print(f'{x!r} {y!r} {y!s} {y!a}')
print(f'{x=}', f'{y = }', f'{x*2=}')
print(f"""multi
{x}
line""")
d = {'k': 1}
print(f"{d['k']}")
print(f'{3.14159:.2f}|{x:>5}|{y:^6}|')
w = 8
print(f'{x:{w}}|{3.14159:.{x}f}')
