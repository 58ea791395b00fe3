x = -1
y = +2
z = ~3
w = not 4
u = -(-5)
v = - - 6
t = not -x
