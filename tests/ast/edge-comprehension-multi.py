[x for x in a if x for y in b if y if z]
{k: v for k in a for v in b}
(x async for x in y) if False else 0
[(a, b) for a, b in c]
[a for (a) in b]
[a for a, in b]
