# Iterating a class's own attributes in definition order.
class Colors:
    RED = 1
    GREEN = 2
    BLUE = 3
print([k for k in Colors.__dict__ if k.isupper()])
print({k: getattr(Colors, k) for k in vars(Colors) if not k.startswith('_')})
