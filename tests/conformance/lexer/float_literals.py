# Float literal forms: exponents, leading/trailing dots, underscores.
print(1.0, 1., .5, 1e3, 1E-3, 1_000.000_1)
print(3.14e+2, 0e0, 1e308, 1e-320)
print(1e309, -1e309)
print(0.1 + 0.2, 1/3)
print(123456789.123456789)
print(1e16, 1e15, 123e-10)
print(2.5e-5, 100000000000000000000.0)
