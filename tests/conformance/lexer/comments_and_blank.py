# Comments, blank lines and semicolons between simple statements.
a = 1; b = 2; c = 3  # trailing comment

# comment-only line
print(a, b, c)   ; print('after semicolon')
if a: print('inline if'); print('second')
for i in range(2): print(i)
while False: pass
class C: x = 1
print(C.x)
