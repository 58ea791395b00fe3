# del of a global inside a function with a global declaration; del of list items in loops.
x = 1
def remove():
    global x
    del x
remove()
print('x' in globals())
data = [1, 2, 3, 4]
del data[1:3]
print(data)
d = {'a': 1}
def remove_key(k):
    del d[k]
remove_key('a')
print(d)
