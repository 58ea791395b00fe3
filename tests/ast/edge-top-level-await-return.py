await x
return 5
yield 1
nonlocal q
