# add_note() and __notes__ (3.11+).
e = ValueError('v')
e.add_note('first note')
e.add_note('second')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)
print(hasattr(ValueError(), '__notes__'))
