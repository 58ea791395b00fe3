# Helper submodule for import_package.py.
def twice(x):
    return 2 * x
