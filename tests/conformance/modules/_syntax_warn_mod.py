# Imported by warnings_syntax.py: python3 warns as it compiles this module at import.
VALUE = 3


def check(x):
    return x is 3
