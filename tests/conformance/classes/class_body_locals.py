# A class body is executed like a function: locals() there becomes the class namespace.
class C:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith('__'))
    for i in range(3):
        pass
    del i
print(C.names, C.b, hasattr(C, 'i'), C.__module__)
class D:
    x = [1, 2]
    y = x[:]
    x.append(3)
print(D.x, D.y)
