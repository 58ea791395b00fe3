# Recursive nested functions referencing themselves through a cell.
def outer():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
f = outer()
print(f(10))
def mutual():
    def even(n): return True if n == 0 else odd(n - 1)
    def odd(n): return False if n == 0 else even(n - 1)
    return even(10), odd(7)
print(mutual())
