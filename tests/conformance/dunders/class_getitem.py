# __class_getitem__ and subscripting builtin generics like list[int].
class Box:
    def __class_getitem__(cls, item): return f'Box[{item.__name__}]'
print(Box[int])
print(list[int], dict[str, int], tuple[int, ...])
print(list[int]([1, 2]), type(list[int]).__name__)
