# String concatenation, repetition, comparison and membership operators.
print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'x' * 0, 'x' * -1)
print('abc' < 'abd', 'Z' < 'a', 'abc' < 'ab', '' < 'a')
print('a' == 'a', 'a' != 'A', 'ab' in 'cabd')
print(max('apple', 'banana'), min('b', 'a', 'c'))
