# enumerate with start, zip of unequal lengths, strict zip, unzip idiom.
print(list(enumerate('abc')), list(enumerate('ab', 1)), list(enumerate([], 5)), list(enumerate('x', start=-1)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip(*[(1, 'a'), (2, 'b')])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
e = enumerate('ab')
print(next(e), next(e), next(e, 'done'))
