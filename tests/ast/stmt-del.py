x = [1, 2, 3]
del x[0]
del x[1:], x
d = {"a": 1, "b": 2}
del d["a"], d["b"],
class O: pass
o = O()
o.attr = 1
del o.attr
a, b = 1, 2
del (a, b)
c = [1]
del [c]
