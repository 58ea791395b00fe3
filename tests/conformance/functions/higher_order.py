# map/filter/reduce with lambdas and named functions, sorted with key functions.
from functools import reduce
nums = list(range(1, 11))
print(list(map(lambda x: x * 2, nums)))
print(list(filter(lambda x: x % 3 == 0, nums)))
print(reduce(lambda a, b: a * b, nums))
print(list(map(pow, [2, 3], [3, 2])))
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(max(words, key=len), min(words, key=lambda w: w[-1]))
