# copy.copy vs copy.deepcopy on nested structures, custom __copy__/__deepcopy__, shared refs.
import copy
orig = {'l': [1, [2, 3]], 't': (1, [2])}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig['l'][1].append(4)
print(sh['l'], dp['l'], sh['l'] is orig['l'], dp['l'] is orig['l'])
shared = [1]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)
class C:
    def __init__(self): self.items = [1]
    def __copy__(self):
        print('custom copy')
        n = C(); n.items = self.items
        return n
c2 = copy.copy(C())
print(c2.items)
class D:
    def __init__(self, v): self.v = v
d = D([1])
d2 = copy.deepcopy(d)
d.v.append(2)
print(d2.v, type(d2).__name__)
print(copy.copy(5), copy.deepcopy('s'), copy.copy((1, 2)))
r = [1]; r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc)
