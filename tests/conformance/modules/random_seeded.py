# random after seed(n): random, randint, randrange, choice, uniform give exact values.
import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 50, 5) for _ in range(5)], random.randrange(10), random.randrange(3, 9))
print([random.choice('abcdef') for _ in range(8)])
print(random.uniform(1, 10), random.uniform(-5, 5))
random.seed(0)
print(random.random(), random.randint(0, 10**9), random.getrandbits(64))
random.seed('text seed')
print(random.random())
random.seed(12345)
print(random.random(), random.random())
