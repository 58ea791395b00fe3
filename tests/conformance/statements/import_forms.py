# Every form of import statement.
import math
import os.path
import collections.abc as cabc
from math import sqrt, pi as PI
from itertools import (chain,
                       islice)
from string import *
print(math.floor(2.5), os.path.join('a', 'b'), cabc.Sequence.__name__)
print(sqrt(16), round(PI, 3))
print(list(islice(chain([1], [2, 3]), 2)))
print(ascii_lowercase[:3], digits)
m = __import__('json')
print(m.dumps([1]))
import importlib
print(importlib.import_module('math').gcd(12, 18))
import sys
print('math' in sys.modules)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'math'"), e.name)
