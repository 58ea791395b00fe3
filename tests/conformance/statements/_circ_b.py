# Helper: half of a circular import (with _circ_a); _circ_a is only partly run here.
import _circ_a
NAME = 'b'
PARTIAL = hasattr(_circ_a, 'NAME')
