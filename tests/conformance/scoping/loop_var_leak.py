# Loop variables leak to the enclosing scope; comprehension variables do not.
for i in range(3):
    pass
print(i)
j = 'kept'
[j for j in range(5)]
print(j)
{k: k for k in range(2)}
print('k' in globals())
while (w := 3) and False:
    pass
print(w)
