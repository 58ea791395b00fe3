# Importing a package with relative imports inside it, and submodule attributes.
import _pkg
import _pkg.sub
from _pkg import twice, NAME
from _pkg.sub import twice as t2
print(NAME, twice(4), t2(5), _pkg.sub.twice(6))
print(_pkg.__name__, _pkg.sub.__name__, twice is t2)
import sys
print('_pkg.sub' in sys.modules)
