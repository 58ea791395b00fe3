# Chains of calls, subscripts and attributes evaluated left to right.
class Node:
    def __init__(self, v, nxt=None): self.v = v; self.nxt = nxt
    def next(self): return self.nxt
    def __getitem__(self, i): return [self.v] * 3
n = Node(1, Node(2, Node(3)))
print(n.next().next().v, n.nxt.nxt.v, n.next()[0][1])
print('a-b-c'.split('-')[::-1][0].upper().lower())
print({'k': [1, {'m': 'deep'}]}['k'][1]['m'][1:])
order = []
def t(x): order.append(x); return x
d = {}
d[t('k')] = t('v')
print(order)
order.clear()
t([0])[t(0)] = t(5)
print(order)
