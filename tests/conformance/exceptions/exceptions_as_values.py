# Exceptions stored in lists, compared, and re-raised later.
errs = []
for f in (lambda: 1 / 0, lambda: [][1], lambda: {}['k']):
    try:
        f()
    except Exception as e:
        errs.append(e)
print([type(e).__name__ for e in errs])
try:
    raise errs[1]
except IndexError as e:
    print('reraised', e)
print(ValueError('a') == ValueError('a'))
