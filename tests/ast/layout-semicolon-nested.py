for i in range(3): a = i; b = i * 2; print(a, b)
