def f():
    try:
        raise ExceptionGroup("inner", [KeyError(1), ValueError(2)])
    except ExceptionGroup as e:
        raise ExceptionGroup("outer", [e, TypeError("t")]) from None
f()
