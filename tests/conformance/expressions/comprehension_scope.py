# Comprehension scope: class bodies, iteration variable isolation, first iterable evaluated eagerly.
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * factor for v in vals for factor in [2]]
    except NameError as e:
        bad = str(e)
print(C.doubled, C.bad)
class D:
    n = 3
    try:
        r = [n for _ in range(2)]
    except NameError as e:
        r = 'NameError: ' + str(e)
print(D.r)
def gen_first_eager():
    it = [1, 2]
    g = (x for x in it)
    it = [9, 9]
    return list(g)
print(gen_first_eager())
try:
    g = (x for x in 5)
except TypeError as e:
    print('eager error:', e)
