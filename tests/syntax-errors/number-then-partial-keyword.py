w = 1ordel 2
