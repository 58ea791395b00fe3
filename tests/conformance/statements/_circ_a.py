# Helper: half of a circular import (with _circ_b).
import _circ_b
NAME = 'a'
def b_name():
    return _circ_b.NAME
