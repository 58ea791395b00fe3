# Strings with enumerate, zip, sorted, reversed, in, set and dict.fromkeys.
w = 'mississippi'
print(list(enumerate('abc')), list(zip('ab', 'xyz')), sorted(w), ''.join(reversed(w)))
print(sorted(set(w)), list(dict.fromkeys(w)), {c: w.count(c) for c in sorted(set(w))})
