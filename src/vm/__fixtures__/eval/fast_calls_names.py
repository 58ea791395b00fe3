# Eval-loop fast paths: positional defaults filled from the stack, str(small int),
# LOAD_NAME's cache at module level (rebinding and shadowing builtins).
x=5
print(str(7), str(-3), str(2**40), str(True), str("a"), str(1.5), str(), x)
for i in range(3):
    x = x + i
print(x, len)
str = lambda v: "shadow"
print(str(3))
def f(a, b=2, c=3): return (a, b, c)
print(f(1), f(1, 5), f(1, 5, 6), f(1, c=9))
try: f()
except TypeError as e: print(e)
def g(a, b=[]):
    b.append(a); return len(b)
print(g(1), g(2), g(3, []))
g.__defaults__ = ([9, 9],)
print(g(4))
del str
print(str(12), len)
len = 5
print(len)
del len
print(len("abc"))
