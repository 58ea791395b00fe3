# Uncaught ExceptionGroup is printed with the nested box format.
def f():
    raise ExceptionGroup('several problems', [ValueError('bad value'), TypeError('bad type')])
f()
