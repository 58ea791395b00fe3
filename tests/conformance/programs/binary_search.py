# Binary search (iterative and recursive) over sorted data with edge cases.
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def rsearch(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return rsearch(a, x, mid + 1, hi) if a[mid] < x else rsearch(a, x, lo, mid - 1)
data = list(range(0, 100, 3))
for x in [0, 3, 99, 50, 51, -1, 100]:
    print(x, bsearch(data, x), rsearch(data, x))
print(bsearch([], 1))
