class AppError(Exception):
    """Base error."""

class NotFound(AppError):
    def __init__(self, what, *args):
        super().__init__(f"{what} not found", *args)
        self.what = what

class Invalid(AppError, ValueError):
    pass

def lookup(db, key):
    try:
        return db[key]
    except KeyError as e:
        raise NotFound(key) from e

def validate(x):
    if not isinstance(x, int) or x < 0:
        raise Invalid(x)
    return x

for key in ("a", "b"):
    try:
        validate(lookup({"a": -1}, key))
    except NotFound as e:
        print("missing:", e.what, e.__cause__.__class__.__name__)
    except (Invalid, TypeError) as e:
        print("invalid:", e.args)
    finally:
        print("checked", key)
