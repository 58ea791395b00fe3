# KeyboardInterrupt and SystemExit bypass `except Exception`; GeneratorExit is BaseException.
for exc in [KeyboardInterrupt, SystemExit, GeneratorExit, ValueError]:
    try:
        try:
            raise exc
        except Exception:
            print(exc.__name__, 'caught by Exception')
    except BaseException:
        print(exc.__name__, 'caught by BaseException')
