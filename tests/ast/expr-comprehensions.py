squares = [x * x for x in range(10)]
evens = [x for x in range(20) if x % 2 == 0 if x > 2]
pairs = [(i, j) for i in range(3) for j in range(i)]
unique = {c.lower() for c in text}
index = {name: i for i, name in enumerate(names)}
gen = (line.strip() for line in lines)
nested = [[cell for cell in row] for row in grid]
total = sum(x for x in nums)
flat = [y for x in xss for y in x if y]
conds = [a for a in b if not a]
lam = [lambda: i for i in range(3)]
cond = [x if x else 0 for x in xs]
