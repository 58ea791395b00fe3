# Formatting and repr of complex numbers.
z = 3 + 4j
print(z, repr(z), str(-1j), 1j * 1j, complex('1+2j'), complex(0, 0), -0j, complex(1.5, -0.0))
print(format(z, '.2f'), f'{z:>15}|', f'{z:g}', abs(z), z.conjugate())
