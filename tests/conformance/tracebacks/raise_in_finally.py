# Error raised in a finally block during propagation of another error.
def f():
    try:
        return 1 / 0
    finally:
        print('cleanup')
        [].pop()
f()
