# Class definition, __init__, instance and class attributes, methods.
class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(3, 4)
q = Point(1, 2)
print(p, q, p.dist2(), Point.count, p.count)
p.count = 99
print(p.count, Point.count, q.count)
print(vars(p))
print(type(p) is Point, isinstance(p, Point), type(p).__name__)
