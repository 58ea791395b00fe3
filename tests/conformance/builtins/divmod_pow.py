# divmod and pow builtins with ints, floats and modulus.
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5))
print(pow(2, 8), pow(2.0, 3), pow(2, -1), pow(5, 3, 13), pow(-1, 0.5))
print(pow(base=2, exp=5), pow(3, 4, mod=5))
try:
    divmod('a', 1)
except TypeError as e:
    print(e)
