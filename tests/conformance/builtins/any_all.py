# any/all with short-circuiting and empty iterables.
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, 1]), all([1, 0]))
def gen():
    for v in [1, 0, 1]:
        print('yield', v)
        yield v
print(all(gen()))
print(any(gen()))
