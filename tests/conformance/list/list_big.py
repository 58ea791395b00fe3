# Larger list workloads: sum of a million ints, list of squares, min/max.
l = list(range(200000))
print(sum(l), len(l), l[-1], max(l), min(l))
sq = [x * x for x in l[:1000]]
print(sum(sq), sq[999])
l2 = l[::-1]
l2.sort()
print(l2 == l)
