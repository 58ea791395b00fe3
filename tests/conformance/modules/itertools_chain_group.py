# itertools.chain, chain.from_iterable, groupby, accumulate, starmap, zip_longest, pairwise.
from itertools import chain, groupby, accumulate, starmap, zip_longest, pairwise
import operator
print(list(chain('ab', [1], ())), list(chain.from_iterable(['xy', 'z'])))
data = 'aaabccdaa'
print([(k, len(list(g))) for k, g in groupby(data)])
people = [('a', 1), ('b', 1), ('c', 2)]
print([(k, [n for n, _ in g]) for k, g in groupby(people, key=lambda p: p[1])])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([1, 2], initial=10)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(pairwise('abcd')))
