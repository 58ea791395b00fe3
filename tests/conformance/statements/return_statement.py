# return with no value, multiple values, in loops, and from nested try/finally.
def a(): return
def b(): return 1, 2
def c():
    for i in range(10):
        if i == 3:
            return i
def d():
    try:
        return 'try'
    finally:
        print('finally runs before return')
def e():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(a(), b(), c(), d(), e())
def noreturn(): x = 1
print(noreturn())
