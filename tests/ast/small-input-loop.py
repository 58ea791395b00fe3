while True:
    line = input("> ")
    if not line:
        break
    print(line[::-1])
