n = 10
while n > 0:
    n -= 1
    if n == 5:
        break
else:
    print("done")
while (line := read()) != "":
    handle(line)
