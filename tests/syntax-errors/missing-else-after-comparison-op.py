x = a if b == 0== else c
