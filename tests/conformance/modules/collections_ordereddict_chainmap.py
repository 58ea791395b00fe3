# OrderedDict move_to_end/popitem and ChainMap lookup, new_child, maps.
from collections import OrderedDict, ChainMap
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a')
print(od, list(od))
od.move_to_end('c', last=False)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
base = {'x': 1, 'y': 2}
over = {'y': 20}
cm = ChainMap(over, base)
print(cm['x'], cm['y'], len(cm), sorted(cm), cm.maps)
cm['z'] = 3
print(over, base)
child = cm.new_child({'x': 100})
print(child['x'], child.parents['x'])
