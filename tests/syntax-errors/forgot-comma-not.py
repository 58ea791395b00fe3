[h not x]
