# Importing a module that lives beside the program, and from-import of its names.
import _helper_mod
from _helper_mod import greet, VALUE
print(_helper_mod.__name__, greet('x'), VALUE)
print(_helper_mod.greet is greet)
import _helper_mod as hm
print(hm is _helper_mod)
