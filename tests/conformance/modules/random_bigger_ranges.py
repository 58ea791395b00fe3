# randrange/randint over large ranges and many calls stay identical to python3.
import random
random.seed(2024)
print([random.randint(0, 2**40) for _ in range(3)])
print([random.randrange(-1000, 1000) for _ in range(6)])
print(sum(random.randint(1, 6) for _ in range(1000)))
print(random.random() < 1.0, 0 <= random.random())
