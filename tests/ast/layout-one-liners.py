if x: y = 1
while x: x -= 1
for i in r: print(i)
with a: pass
try: pass
except E: pass
class C: pass
def f(): return 0
