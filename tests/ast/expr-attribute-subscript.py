a.b
a.b.c.d
a[0].b
a.b[0]
a().b
a[0][1][2]
self.data["key"].append(1)
x = obj.items[i].value
