# raise forms: class, instance, re-raise, raise from, raise from None.
for mode in range(5):
    try:
        if mode == 0:
            raise ValueError
        elif mode == 1:
            raise ValueError('msg', 2)
        elif mode == 2:
            try:
                1 / 0
            except ZeroDivisionError:
                raise
        elif mode == 3:
            raise KeyError('k') from OSError('os')
        else:
            try:
                {}['x']
            except KeyError:
                raise RuntimeError('clean') from None
    except Exception as e:
        print(mode, type(e).__name__, e.args, repr(e.__cause__), type(e.__context__).__name__, e.__suppress_context__)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
