x = 1
print(x)
del x
import os.path
from a import b as c
