# String comparison is by code point; sorting with keys; min/max.
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair', 'zebra', '']
print(sorted(words))
print(sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print('a' < 'B', 'a' > 'B', 'abc' < 'abd', 'ab' < 'abc', 'Z' < 'a' < 'é')
print(max(words), min(words))
