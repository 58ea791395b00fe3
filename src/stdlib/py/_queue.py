"""`_queue`: where python3's Empty and SimpleQueue live (its C module). Ours are written in
queue.py and name this module as theirs, so pickle finds them here."""

from queue import Empty, SimpleQueue

__all__ = ['Empty', 'SimpleQueue']
