# staticmethod and classmethod: call via class and instance; classmethod factory in subclasses.
class Date:
    def __init__(self, y, m, d): self.y, self.m, self.d = y, m, d
    @classmethod
    def from_str(cls, s):
        return cls(*map(int, s.split('-')))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self): return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date): pass
print(Date.from_str('2024-02-29'), MyDate.from_str('2023-1-2'))
print(Date.is_leap(2000), Date(1, 1, 1).is_leap(1900), MyDate.is_leap(2024))
sm = Date.__dict__['is_leap']
print(type(sm).__name__, type(Date.__dict__['from_str']).__name__)
print(sm.__func__(2001))
