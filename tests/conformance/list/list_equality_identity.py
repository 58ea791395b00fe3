# List equality is elementwise; nan elements use identity first; copy semantics.
nan = float('nan')
a = [nan]
print(a == a, a == [nan], [nan] == [float('nan')], a.count(nan), nan in a)
x = [[1, 2]]
y = x.copy()
y[0].append(3)
print(x, y is x, y[0] is x[0])
print([1, 2] == (1, 2), [] == [], [[]] == [[]])
