from collections import deque, defaultdict

def build(edges):
    g = defaultdict(set)
    for a, b in edges:
        g[a].add(b)
        g[b].add(a)
    return g

def bfs(g, start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in sorted(g[node] - seen):
            seen.add(nxt)
            q.append(nxt)
    return order

def shortest_path(g, a, b):
    prev = {a: None}
    q = deque([a])
    while q:
        n = q.popleft()
        if n == b:
            path = []
            while n is not None:
                path.append(n)
                n = prev[n]
            return path[::-1]
        for m in g[n]:
            if m not in prev:
                prev[m] = n
                q.append(m)
    return None

g = build([(1, 2), (2, 3), (3, 4), (1, 5), (5, 4)])
print(bfs(g, 1), shortest_path(g, 1, 4))
