# sum with start, min/max with key, default and multiple args.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(()), sum(range(5), start=100))
print(min(3, 1, 2), max([1, 5, 3]), min('bca'), max([], default='empty'), min([(2, 'b'), (1, 'z')]))
print(max(['aa', 'b', 'ccc'], key=len), min([-3, 2, 1], key=abs), max(1, 2, key=lambda x: -x))
for bad in [lambda: sum(['a', 'b'], ''), lambda: max(), lambda: min([]), lambda: max(1), lambda: max([1, 2], default=0, key=None) or max(1, 2, default=0)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
