# len, abs, round across types and errors.
print(len('abc'), len([1, 2]), len({'a': 1}), len(range(10)), len(b'ab'), len(set()), len(()))
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10**20)))
print(round(3.14159, 2), round(2.5), round(-2.5), round(7, -1), round(1.23456, 4))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    abs('x')
except TypeError as e:
    print(e)
try:
    round('x')
except TypeError as e:
    print(e)
