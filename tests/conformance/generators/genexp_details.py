# Generator expressions: laziness, single pass, as sole call argument.
g = (print('eval', x) or x for x in range(3))
print('before consume')
print(list(g))
print(list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ['a', 'bbb', 'cc']))
print(''.join(c.upper() for c in 'abc'))
it = (i for i in range(5))
print(3 in it, list(it))
