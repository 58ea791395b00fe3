assert (x, "msg")
assert x, (a, b)
assert not x
