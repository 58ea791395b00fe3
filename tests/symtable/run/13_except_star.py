def run(eg):
    try:
        try:
            raise eg
        except* ValueError as g:
            print("values:", [str(e) for e in g.exceptions])
        except* KeyError:
            print("keys handled")
        print("all handled")
    except* TypeError as rest:
        print("rest:", [type(e).__name__ for e in rest.exceptions])

run(ExceptionGroup("g", [ValueError("a"), KeyError("k"), ValueError("b")]))
run(ExceptionGroup("g", [ValueError("a"), TypeError("t")]))
run(ValueError("naked"))

def in_loop():
    for i in range(2):
        try:
            raise ExceptionGroup("x", [KeyError(i)])
        except* KeyError:
            print("key", i)
        else:
            print("no")
        finally:
            print("finally", i)

in_loop()
