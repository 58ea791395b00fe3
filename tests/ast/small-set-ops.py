a = {1, 2, 3}
b = set([2, 3, 4])
print(a | b, a & b, a - b, a ^ b, a <= b, {x for x in a if x not in b})
