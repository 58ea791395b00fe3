class Temp:
    def __init__(self, c):
        self.c = c
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c):
        return c >= -273.15
    @property
    def f(self):
        return self.c * 9 / 5 + 32
    @f.setter
    def f(self, value):
        self.c = (value - 32) * 5 / 9
