# The Ellipsis literal.
print(...)
print(... is Ellipsis, type(...).__name__)
def f(): ...
print(f())
print(repr(Ellipsis), bool(...))
