counter = 0
def bump():
    global counter
    counter += 1

def outer():
    total = 0
    def inner(n):
        nonlocal total
        total += n
        return total
    inner(3)
    return total

def multi():
    global a, b, c
    a = b = c = 1
