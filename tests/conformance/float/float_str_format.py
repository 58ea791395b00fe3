# Formatting floats with str, repr, %-formatting and format specs e/f/g/%.
v = 1234.56789
print(str(v), '%f' % v, '%.2f' % v, '%e' % v, '%g' % v, '%10.3f|' % v, '%-10.1f|' % v)
print(format(v, '.3e'), format(v, '.2%'), format(0.000012345, 'g'), format(1e20, 'g'), format(123456789.0, 'g'))
print(format(1.0, 'g'), format(0.0001, 'g'), format(1e-5, 'g'), format(1e16, '.0f'))
print(f'{v:,.2f}', f'{v:_.1f}', f'{-v:+.1f}', f'{v:012.3f}', f'{v:^15.2f}|')
print(f'{2.5:.0f}', f'{3.5:.0f}', f'{0.125:.2f}', f'{1e-10:.3g}', f'{float("inf"):f}', f'{float("nan"):e}')
print(format(1.5, ''), format(1e16, ''), format(1.0, '.0%'), format(-0.0, '.1f'))
