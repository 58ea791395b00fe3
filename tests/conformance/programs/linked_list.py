# A singly linked list class with iteration, len, reversal and repr.
class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return ' -> '.join(map(str, self)) or 'empty'
l = LinkedList([1, 2, 3, 4])
print(l, len(l))
l.reverse()
print(l, list(l), 3 in l)
print(LinkedList())
