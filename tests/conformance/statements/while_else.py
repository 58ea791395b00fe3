# while loops with else, break, continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print(i)
else:
    print('else ran', i)
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print('never')
print('n', n)
while 0:
    pass
else:
    print('else of never-run loop')
