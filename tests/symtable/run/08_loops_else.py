def find(xs, t):
    for i, x in enumerate(xs) if False else zip(range(len(xs)), xs):
        if x == t:
            break
    else:
        return -1
    return i

def zip(a, b):
    return [(x, y) for x, y in ((p, q) for p, q in pairs(a, b))]

def pairs(a, b):
    a = list(a)
    b = list(b)
    for i in range(len(a)):
        yield a[i], b[i]

print(find([5, 6, 7], 6), find([5, 6], 9))

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
else:
    print("not reached")
print(n)

i = 0
while i < 3:
    i += 1
else:
    print("while else", i)

total = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        total += a * b
print(total)

assert total == 7, "bad total"
try:
    assert total == 0, "total is " + str(total)
except AssertionError as e:
    print("assert:", e)
