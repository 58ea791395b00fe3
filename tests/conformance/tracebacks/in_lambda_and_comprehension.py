# Uncaught error inside a lambda called by map (builtin frames are not shown).
convert = lambda s: int(s)
values = ['1', '2', 'three']
print(list(map(convert, values)))
