fs = [lam=i: i * 2 for i in range(3)]
