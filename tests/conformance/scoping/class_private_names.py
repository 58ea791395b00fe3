# Private name mangling in class bodies.
class A:
    __secret = 1
    def __init__(self):
        self.__hidden = 'h'
    def get(self):
        return self.__hidden, self.__secret, A.__secret
    def __m(self): return 'mangled method'
    def call(self): return self.__m()
a = A()
print(a.get(), a.call())
print(a._A__hidden, A._A__secret)
print(sorted(k for k in vars(a)))
try:
    a.__hidden
except AttributeError as e:
    print(e)
class B(A):
    def peek(self):
        try:
            return self.__hidden
        except AttributeError as e:
            return str(e)
print(B().peek())
