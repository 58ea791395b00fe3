# Comparisons and equality between huge ints and floats are exact.
big = 2**1000
print(big > 1e300, big < float('inf'), big == float(big), big + 1 == float(big), big + 1 > float(big))
print(10**400 > 1e308, -(10**400) < -1e308, 2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53 + 1)
print(max(2**64, 1.8e19), min(-2**64, -1.8e19), sorted([2**63, 9.3e18, 2**63 - 1]))
