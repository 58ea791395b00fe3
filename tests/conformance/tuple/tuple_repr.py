# repr of tuples: singletons, empty, nested, containing strings with quotes.
print((), (1,), ((),), (('a',),), ("it's", 'x"y'), (1, (2, (3,))), tuple([None, True]))
