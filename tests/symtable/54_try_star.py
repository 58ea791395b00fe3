def f():
    try:
        pass
    except* ValueError as eg:
        return eg
