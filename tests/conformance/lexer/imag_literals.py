# Imaginary literals and complex arithmetic basics.
print(1j, 2.5j, 1e2j, 0j)
print(1 + 2j, (1 + 2j) * (3 - 1j))
print((1+2j).real, (1+2j).imag, abs(3+4j))
print(complex(1, -1), -1j)
print((2j) ** 2)
