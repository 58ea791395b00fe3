# Decorators on functions: stacking order, arguments, arbitrary expressions.
def tag(name):
    def deco(f):
        print('applying', name)
        def wrapper(*a):
            return f'<{name}>' + f(*a) + f'</{name}>'
        return wrapper
    return deco
@tag('b')
@tag('i')
def hello(who):
    return 'hi ' + who
print(hello('bob'))
decos = [tag('x'), tag('y')]
@decos[1]
def z(): return 'z'
print(z())
@(lambda f: f)
def same(): return 'same'
print(same())
