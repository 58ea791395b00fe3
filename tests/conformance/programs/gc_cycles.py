# Creating many reference cycles in a loop: they are collected, memory stays bounded.
import gc
class Node:
    def __init__(self):
        self.other = None
for i in range(50000):
    a = Node(); b = Node()
    a.other = b; b.other = a
gc.collect()
print('done', i)
big = 0
for i in range(200000):
    s = [i] * 3
    big += len(s)
print(big)
