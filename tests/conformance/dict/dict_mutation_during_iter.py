# Changing a dict's size during iteration raises RuntimeError; changing values is allowed.
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
