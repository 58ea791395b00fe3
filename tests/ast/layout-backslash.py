x = 1 + \
    2 + \
    3
if a and \
   b:
    pass
assert x, \
    "msg"
with a as b, \
     c as d:
    pass
