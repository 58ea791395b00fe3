# Helper module imported by import_local_module.py (not a test program on its own).
VALUE = 42
def greet(name):
    return 'hello ' + name
print('_helper_mod imported')
