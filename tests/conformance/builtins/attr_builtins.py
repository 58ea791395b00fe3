# getattr/setattr/hasattr/delattr with defaults and errors.
class C:
    x = 1
c = C()
print(getattr(c, 'x'), getattr(c, 'y', 'dflt'), hasattr(c, 'x'), hasattr(c, 'y'))
setattr(c, 'y', 2)
print(c.y, vars(c))
delattr(c, 'y')
print(hasattr(c, 'y'))
for bad in [lambda: getattr(c, 'zz'), lambda: getattr(c, 5), lambda: delattr(c, 'zz'), lambda: setattr(1, 'a', 2), lambda: setattr(c, 1, 2)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
