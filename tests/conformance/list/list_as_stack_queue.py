# Lists as stacks and (slow) queues; list comprehension matrix transpose.
stack = []
for i in range(4):
    stack.append(i)
print([stack.pop() for _ in range(len(stack))])
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue)
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [[row[i] for row in m] for i in range(3)])
