# Helper package for import_package.py: relative imports inside a package.
from .sub import twice
from . import sub as _sub
NAME = 'pkg'
