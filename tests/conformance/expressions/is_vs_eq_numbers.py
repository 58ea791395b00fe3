# Equality between int, float, bool, complex; hash consistency.
print(1 == 1.0, 1 == True, 0 == False, 1 == 1+0j, 0.1 + 0.2 == 0.3)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print({1: 'a', 1.0: 'b', True: 'c'})
print(len({1, 1.0, True}), len({0, 0.0, False, -0.0}))
print(float('nan') == float('nan'), 2**53 + 1 == float(2**53 + 1))
n = float('nan')
print(n in [n], n == n)
