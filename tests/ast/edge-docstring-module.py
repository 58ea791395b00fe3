"""Module docstring."""

x = 1
