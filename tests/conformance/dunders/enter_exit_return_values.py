# __exit__ return value truthiness controls suppression; __enter__ result bound by as.
class CM:
    def __init__(self, ret): self.ret = ret
    def __enter__(self): return [1, 2]
    def __exit__(self, *a): return self.ret
for ret in [None, 0, '', 'yes', 1]:
    try:
        with CM(ret) as v:
            raise ValueError(v)
        print(repr(ret), 'suppressed')
    except ValueError as e:
        print(repr(ret), 'raised', e)
