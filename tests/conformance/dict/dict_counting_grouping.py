# Common dict idioms: counting with get, grouping with setdefault, sorting items by value.
text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(dict(sorted(groups.items())))
