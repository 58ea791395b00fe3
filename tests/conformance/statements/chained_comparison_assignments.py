# Several statements on one line, chained assignment with subscripts and attributes.
class O: pass
o = O()
l = [0, 0]
d = {}
o.a = l[0] = d['k'] = 'v'
print(o.a, l, d)
x = y = []
x.append(1)
print(y)
a = 1; b = a + 1; c = b * 2; print(a, b, c)
