# Returning tuples and unpacking at call site; returning functions and None.
def divmod2(a, b): return a // b, a % b
q, r = divmod2(17, 5)
print(q, r)
def nothing(): pass
print(nothing() is None)
def pick(flag):
    if flag:
        return 'yes'
print(pick(True), pick(False))
def stats(xs): return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([3, 1, 4, 1, 5])
print(lo, hi, avg)
