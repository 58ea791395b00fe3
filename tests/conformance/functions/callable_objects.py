# Calling instances with __call__, classes, builtins, and the callable() builtin.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), callable(5), callable(print), callable(lambda: 0))
try:
    n = 5
    n()
except TypeError as e:
    print(e)
try:
    s = 'abc'
    s()
except TypeError as e:
    print(e)
class NoCall: pass
try:
    NoCall()()
except TypeError as e:
    print(e)
