# Benchmark: attribute access on class instances, method calls and properties.
class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, i):
        self.pos = Vec(i, i + 1)
        self.vel = Vec(1, -1)
        self.mass = i % 5 + 1

    @property
    def energy(self):
        return self.mass * self.vel.dot(self.vel)

    def step(self):
        self.pos.x += self.vel.x
        self.pos.y += self.vel.y


def main(n, steps):
    ps = [Particle(i) for i in range(n)]
    total = 0
    for _ in range(steps):
        for p in ps:
            p.step()
            total += p.energy + p.pos.dot(p.vel)
    return total

print(main(1000, 2400))
