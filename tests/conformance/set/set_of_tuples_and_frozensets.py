# Sets of tuples and frozensets: graph edges, powerset, membership.
edges = {(1, 2), (2, 3), (1, 2), (3, 1)}
print(sorted(edges), (2, 3) in edges, len(edges))
from itertools import combinations
items = [1, 2, 3]
ps = {frozenset(c) for r in range(4) for c in combinations(items, r)}
print(len(ps), sorted(sorted(s) for s in ps))
print(frozenset([1, 2]) in ps, frozenset() in ps)
