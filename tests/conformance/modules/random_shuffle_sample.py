# random.shuffle, sample, choices (with weights) after a seed.
import random
random.seed(7)
l = list(range(10))
random.shuffle(l)
print(l)
print(random.sample(range(100), 5), random.sample('abcdefg', 3))
print(random.choices('abc', k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
random.seed(7)
l2 = list(range(10))
random.shuffle(l2)
print(l == l2)
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5), random.triangular(0, 10))
