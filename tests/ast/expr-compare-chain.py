a < b
a < b < c
a <= b >= c == d != e
x is None
x is not None
x in y
x not in y
a < b is c in d not in e is not f
1 < x < 10 and y
