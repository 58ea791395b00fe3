# except clause matching: tuples, base classes, order of clauses, re-raise of unmatched.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-specific ' + type(e).__name__
    except LookupError:
        return 'lookup'
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception:
        return 'other'
for exc in [KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError()]:
    print(classify(exc))
try:
    try:
        raise SystemExit(3)
    except Exception:
        print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__, e.code)
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(e)
