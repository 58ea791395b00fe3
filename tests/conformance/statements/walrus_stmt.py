# Assignment expressions in while, if, comprehensions.
data = [1, 2, 3, 4, 5, 6]
it = iter(data)
while (v := next(it, None)) is not None:
    if v > 3:
        break
print('stopped at', v)
if (n := len(data)) > 5:
    print('long', n)
print([y for x in data if (y := x * x) > 10])
print(y)
def f():
    [(last := i) for i in range(3)]
    return last
print(f())
print((a := 5), a)
