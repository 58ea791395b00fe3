d = 0j1
