log = []
def t(name, v):
    log.append(name)
    return v

def check(a, b, c):
    log.clear()
    if t("a", a) and (t("b", b) or t("c", c)):
        r = "yes"
    else:
        r = "no"
    if not (t("a2", a) or t("b2", b)):
        r += "+not"
    while t("w", a) and not t("wb", b):
        a = False
    r += "|" + ("T" if t("x", c) else "F")
    return r, "".join(x[0] for x in log), len(log)

for args in [(True, False, True), (False, True, False), (True, True, False), (0, 0, 0)]:
    print(check(*args))

def loops():
    out = []
    for i in range(4):
        try:
            if i == 0:
                raise ValueError
            if i == 2:
                continue
            out.append(i)
        except ValueError:
            out.append("v")
            continue
        finally:
            out.append("f")
    i = 0
    while True:
        i += 1
        try:
            if i > 2:
                break
        finally:
            out.append("w" + str(i))
    return out

print(loops())

def unpack_for():
    res = []
    for a, (b, *c) in [(1, (2, 3, 4)), (5, (6,))]:
        res.append((a, b, c))
    return res

print(unpack_for())

def dels():
    d = {"a": 1, "b": 2}
    del d["a"]
    l = [1, 2, 3]
    del l[0], l[0]
    class O:
        pass
    o = O()
    o.x = 1
    del o.x
    return d, l, hasattr_x(o)

def hasattr_x(o):
    try:
        o.x
        return True
    except AttributeError:
        return False

print(dels())

def cmp_chain(xs):
    return [x for x in xs if 1 <= x < 4 != x * 2]

print(cmp_chain([0, 1, 2, 3, 4, 5]))
print(1 if 2 < 3 < 4 else 0, [i for i in range(10) if not i % 3 or i == 4])
