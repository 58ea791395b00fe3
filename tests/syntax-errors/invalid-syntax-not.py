x = 5 not y
