# __traceback__ objects: tb_lineno, tb_frame function names, tb_next chain.
def inner():
    raise ValueError('deep')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e2 = ValueError('fresh')
print(e2.__traceback__)
