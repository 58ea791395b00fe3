# __set_name__ is called for each descriptor at class creation, in definition order.
class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class C:
    b = D()
    a = D()
    c = 'not a descriptor'
x = D()
C.late = x
print('late assignment does not call __set_name__')
