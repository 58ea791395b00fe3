# NotImplementedError-based abstract methods and isinstance on class hierarchies.
class Shape:
    def area(self): raise NotImplementedError('subclass must implement')
    def __str__(self): return f'{type(self).__name__} area={self.area():.2f}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circ(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
for s in [Sq(2), Circ(1)]:
    print(s)
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(sum(s.area() for s in [Sq(1), Sq(3)]))
