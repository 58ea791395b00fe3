range(1, 10:=1)
