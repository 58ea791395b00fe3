# json.loads: types, nesting, unicode escapes, errors with positions.
import json
s = '{"a": [1, 2.0, -3e2, null, true, false], "b": "\\u00fc\\n", "c": {"d": {}}}'
v = json.loads(s)
print(v, type(v['a'][1]).__name__, v['b'])
print(json.loads('[]'), json.loads('"x"'), json.loads('12345678901234567890'), json.loads(' 1.5 '), json.loads('NaN'))
for bad in ['{"a": 1,}', '[1, 2', "{'a': 1}", '', 'tru', '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.0]', parse_float=str), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
rt = {'k': [1, {'z': None}], 'e': ''}
print(json.loads(json.dumps(rt)) == rt)
