if x not in y:
    pass
if a is not b:
    pass
r = a not in b and c is not d
s = not a in b
