# Set comprehensions; unhashable members rejected with messages.
print(sorted({x % 4 for x in range(20)}), {len(w) for w in ['a', 'bb', 'cc']} == {1, 2})
for bad in [[1], {}, {1}]:
    try:
        {bad}
    except TypeError as e:
        print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
