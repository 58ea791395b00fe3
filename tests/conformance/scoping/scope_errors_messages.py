# NameError and UnboundLocalError messages, including free variables.
def a():
    print(undefined_name)
try:
    a()
except NameError as e:
    print(type(e).__name__, e)
def b():
    v += 1
    v = 0
try:
    b()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def c():
    def inner():
        return q
    r = inner()
    q = 1
    return r
try:
    c()
except NameError as e:
    print(type(e).__name__, e)
