people = [("bob", 30), ("alice", 25)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1])[0], max(len(n) for n, _ in people))
