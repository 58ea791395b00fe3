def f(n):
    out = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out

print(f(5))

def g():
    try:
        return "try"
    finally:
        print("finally runs")

print(g())

def h():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e)
        return 1
    finally:
        print("outer finally")

print(h())

def k():
    for x in range(3):
        try:
            return x
        finally:
            if x == 0:
                continue
    return 99

print(k())
