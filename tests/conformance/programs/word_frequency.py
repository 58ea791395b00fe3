# Word frequency count of a paragraph using dict, Counter and sorting.
from collections import Counter
text = '''It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity'''
words = [w.strip('.,').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(Counter(words).most_common(3))
print(len(words), len(set(words)), max(words, key=len))
