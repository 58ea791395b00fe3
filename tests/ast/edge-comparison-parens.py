x = (a < b) < c
y = a < (b < c)
z = (a == b) is True
w = not (a in b)
