# json.dumps: types, indent, sort_keys, separators, ensure_ascii, errors.
import json
data = {'b': [1, 2.5, None, True, False], 'a': 'ü', 'n': {'x': []}, 't': (1, 2)}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps('he said "hi"\n'), json.dumps(1e100), json.dumps(float('inf')), json.dumps({1: 'int key', 2.5: 'f', None: 'n'}))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([1, [2, {}]], indent='\t'))
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
print(json.dumps({'d': object}, default=lambda o: 'converted'))
