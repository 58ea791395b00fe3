# for loops with else, break, continue and nested loops.
for i in range(3):
    print(i)
else:
    print('completed')
for i in range(10):
    if i == 4:
        break
else:
    print('not printed')
print('broke at', i)
for x in []:
    pass
else:
    print('empty else')
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for i in range(3):
    pass
print('loop var after', i)
