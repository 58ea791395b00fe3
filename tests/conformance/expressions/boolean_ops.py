# and/or/not return operands, short-circuit evaluation.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'default', None or 0)
print(not 0, not 1, not [], not [0])
def side(x):
    print('eval', x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
print([] or {} or () or 'last')
print(1 and [] and 2)
