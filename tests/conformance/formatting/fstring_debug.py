# f-string `=` debugging specifier with spacing, conversions and format specs.
x = 10
s = 'text'
print(f'{x=}', f'{x = }', f'{x=:>5}', f'{s=}', f'{s=!s}', f'{x * 2 + 1 = }', f'{x=!r:^8}')
print(f'{[1, 2]=}', f'{len(s)=}')
