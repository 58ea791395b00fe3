# finally runs on return, break, continue and exceptions; return in finally swallows exceptions.
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
def f2():
    try:
        raise ValueError
    finally:
        return 'swallowed'
def f3():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('f3 finally', i)
    return i
def f4():
    x = []
    for i in range(3):
        try:
            continue
        finally:
            x.append(i)
    return x
def f5():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        return 'outer caught ' + str(e)
print(f1(), f2(), f3(), f4(), f5())
def f6():
    r = []
    try:
        r.append('t')
        return r
    finally:
        r.append('f')
print(f6())
