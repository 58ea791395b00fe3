# A tuple holding a list: the list can change; += on the inner list via the tuple raises but mutates.
t = ([1], 2)
t[0].append(2)
print(t)
try:
    t[0] += [3]
except TypeError as e:
    print(e)
print(t)
