# json round trip of nested data with indent and sort_keys, and json.dump/load on StringIO.
import json, io
data = {'users': [{'name': 'ann', 'tags': ['a', 'b'], 'age': 30, 'score': 9.5, 'active': True},
                  {'name': 'bob', 'tags': [], 'age': None, 'score': -1.25e-3, 'active': False}],
        'meta': {'count': 2, 'unicode': 'naïve ☕'}}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.loads(s) == data)
buf = io.StringIO()
json.dump(data['meta'], buf)
buf.seek(0)
print(buf.getvalue(), json.load(buf))
