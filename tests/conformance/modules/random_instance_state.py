# random.Random instances, getstate/setstate reproduce sequences, seed(None) is not deterministic.
import random
r1 = random.Random(99)
r2 = random.Random(99)
print([r1.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)])
r = random.Random(5)
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
b = [r.random() for _ in range(3)]
print(a == b, a)
random.seed(1)
print(random.randint(1, 6), random.choice([10, 20, 30]), random.randrange(100))
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print(e)
