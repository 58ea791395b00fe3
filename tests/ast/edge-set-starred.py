a = {*x}
b = {*x, *y, 1}
c = [*range(3)]
d = (*a,)
