a = 1; b = 2; c = 3
x = 1;
if a: b; c
def f(): return 1; pass
