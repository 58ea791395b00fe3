for a.b in c: pass
for a[0], (b, *c) in d: pass
for [a, b] in c: pass
for (a) in b: pass
