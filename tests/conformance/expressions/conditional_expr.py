# Conditional expressions, nested and with side effects.
for x in range(-1, 2):
    print('neg' if x < 0 else 'zero' if x == 0 else 'pos')
f = lambda n: 'even' if n % 2 == 0 else 'odd'
print([f(i) for i in range(4)])
print((1 if True else 2) + 10)
a = 1 if False else (2 if False else 3)
print(a)
