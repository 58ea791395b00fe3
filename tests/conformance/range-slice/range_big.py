# range with huge bounds works lazily; len limit raises OverflowError.
r = range(10**20)
print(r[-1], 10**19 in r, r[10**19], r[::10**19])
r2 = range(0, 10**30, 7)
print(r2[5], r2.index(14) if 14 in r2 else None)
try:
    len(range(2**64))
except OverflowError as e:
    print(e)
print(range(2**64).__len__ if False else 'ok')
