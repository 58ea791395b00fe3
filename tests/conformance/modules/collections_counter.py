# collections.Counter: counting, most_common, arithmetic, elements, update/subtract.
from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements()))
c.update('aaz')
c.subtract({'a': 2})
print(c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=1)
print(d + e, d - e, d & e, d | e)
print(Counter({'x': 0, 'y': -1}) + Counter(), sum(c.values()), c.total())
print(Counter(['x', 'y', 'x']) == Counter(x=2, y=1), list(Counter('cba')))
