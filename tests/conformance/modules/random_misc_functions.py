# random.betavariate-free checks: randbytes length, getrandbits widths, choice on ranges, after seed.
import random
random.seed(31337)
print(random.getrandbits(1), random.getrandbits(8), random.getrandbits(100))
print(random.choice(range(1000)), random.randrange(0, 10**12, 7))
print(len(random.randbytes(10)), random.randbytes(4))
print([round(random.uniform(0, 1), 6) for _ in range(3)])
l = list('abcdefgh')
random.shuffle(l)
print(''.join(l))
