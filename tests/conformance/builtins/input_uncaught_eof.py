# An uncaught EOFError from input() on empty stdin prints a traceback.
print('asking')
x = input('value: ')
print('never', x)
