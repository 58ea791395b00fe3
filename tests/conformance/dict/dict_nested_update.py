# Nested dict structures updated in place; copy vs deepcopy effects; recursive merge.
import copy
cfg = {'db': {'host': 'h', 'port': 1}, 'debug': False}
shallow = dict(cfg)
deep = copy.deepcopy(cfg)
cfg['db']['port'] = 2
print(shallow['db']['port'], deep['db']['port'])
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
print(merge(cfg, {'db': {'user': 'u'}, 'debug': True}))
