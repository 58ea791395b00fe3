# type(), id() properties, hash() of builtins.
print(type(1), type('a'), type(None), type(type), type(print).__name__, type(lambda: 0).__name__)
a = [1]
print(id(a) == id(a), id(a) != id([1]), isinstance(id(a), int))
print(hash(1), hash(True), hash((1, 2)) == hash((1, 2)), hash('a') == hash('a'), hash(None) == hash(None))
print(isinstance(hash(3.5), int))
