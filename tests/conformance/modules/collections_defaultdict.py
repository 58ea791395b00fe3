# collections.defaultdict with list/int/set factories, missing behaviour, repr.
from collections import defaultdict
g = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    g[k].append(v)
print(g, dict(g))
c = defaultdict(int)
for ch in 'banana':
    c[ch] += 1
print(sorted(c.items()), c['zzz'], len(c))
n = defaultdict(lambda: 'N/A')
print(n['x'], dict(n))
nf = defaultdict()
try:
    nf['missing']
except KeyError as e:
    print('KeyError', e)
print(g.get('zz'), 'zz' in g, g.default_factory)
