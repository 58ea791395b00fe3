# Three levels of nesting with reads and nonlocal writes at different levels.
def l1():
    a = 1
    def l2():
        b = 2
        def l3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = l3()
        return r, b
    r = l2()
    return r, a
print(l1())
