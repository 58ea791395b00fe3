# Uncaught TypeError from a wrong call.
def greet(name, greeting):
    return f'{greeting}, {name}'
print(greet('a', 'hi'))
print(greet('only one'))
