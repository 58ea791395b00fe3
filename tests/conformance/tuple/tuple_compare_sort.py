# Tuple comparison is lexicographic; sorting records by several keys.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,), (1, 'a') < (1, 'b'))
recs = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30)]
print(sorted(recs, key=lambda r: (-r[1], r[0])))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(e)
