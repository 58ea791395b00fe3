x = 1if y else 2
z = [0x1for x in y]
w = 1or 2
v = 1 and 2
