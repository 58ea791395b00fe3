# Attribute access expressions on modules, classes, instances, and errors.
import math
print(math.pi > 3, (1).__class__.__name__, 'x'.upper(), [].__len__())
class A:
    cls_attr = 'c'
a = A()
a.inst = 'i'
print(a.cls_attr, a.inst, A.cls_attr)
try:
    a.missing
except AttributeError as e:
    print(e)
try:
    A.missing
except AttributeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    math.nope
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
print(1.5.is_integer(), 1 .bit_length())
