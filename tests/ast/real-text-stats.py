import re
from collections import Counter

TEXT = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs!"""

words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
longest = max(words, key=len)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(counts.most_common(3))
print(longest, {k: len(v) for k, v in sorted(by_len.items())})
print(" ".join(w.capitalize() for w in words[:5]))
print("%-10s|%5d" % ("total", len(words)))
print("{:>8}".format("right"), "{0}-{1}".format(1, 2))
