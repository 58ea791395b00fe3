# Exceptions with failing __str__ still propagate and can be caught.
class Weird(Exception):
    def __str__(self):
        return 'weird message'
try:
    raise Weird('args ignored')
except Weird as e:
    print(e, e.args, repr(e))
