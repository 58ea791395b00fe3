# __import__ builtin with fromlist, and importlib use.
m = __import__('os.path')
print(m.__name__)
p = __import__('os.path', fromlist=['join'])
print(p.__name__.endswith('path'), p.join('a', 'b'))
import importlib
c = importlib.import_module('collections')
print(c.Counter('aab').most_common(1))
