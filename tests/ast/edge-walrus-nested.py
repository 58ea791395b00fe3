if (a := (b := 1) + 1):
    pass
print([(y := x) for x in z], y)
while (n := n - 1) > 0: pass
