def f():
    try:
        return "try"
    finally:
        print("finally")

def g():
    for i in range(3):
        try:
            continue
        finally:
            print(i)
