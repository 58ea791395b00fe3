def f():
    try:
        pass
    finally:
        continue
