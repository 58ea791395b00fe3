# Float presentation types e, E, f, F, g, G, %, n and precision, with special values.
vals = [0.0, 1.0, 123.456, 1e-7, 1.5e300, 12345678.9, -0.00012345]
for v in vals:
    print(format(v, 'e'), format(v, '.2E'), format(v, 'f'), format(v, '.1F'), format(v, 'g'), format(v, '.3G'), format(v, '.1%'), format(v, '#g'), format(v, '.0e'))
for v in [float('inf'), float('-inf'), float('nan')]:
    print(format(v, 'f'), format(v, 'F'), format(v, 'e'), format(v, '+g'), format(v, '10.2f') + '|')
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(1e16, ','), format(1234.5, ',.2f'))
print(format(1.0, '#.0f'), format(12.0, '#.3g'), format(1e-5, '.10f'))
