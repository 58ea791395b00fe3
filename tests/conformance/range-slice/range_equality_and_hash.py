# range equality compares the sequences, not the arguments; ranges as dict keys.
print(range(0, 3, 2) == range(0, 4, 2), range(0) == range(2, 1), range(1, 2) == range(1, 3, 5))
print(hash(range(0, 3, 2)) == hash(range(0, 4, 2)), {range(3): 'r'}[range(0, 3)])
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2], range(2) != range(3))
