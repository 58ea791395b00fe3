# Unary operators -, +, ~, not on various types and errors.
print(-5, +5, ~5, not 5, -0.0, +True, -True, ~True)
print(-(2**100), ~(2**100))
try:
    -'a'
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
try:
    +[1]
except TypeError as e:
    print(e)
