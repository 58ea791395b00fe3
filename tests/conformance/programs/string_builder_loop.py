# Many short-lived strings created and dropped in a loop (the heap must recycle them).
total = 0
for i in range(300000):
    s = str(i)
    total += len(s)
print(total)
parts = [str(i) for i in range(1000)]
print(len(''.join(parts)))
