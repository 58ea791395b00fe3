import json
data = {"b": [1, 2.5, None, True, False], "a": {"x": "é\n\"q\"", "y": []}, "c": 1e100, "d": -0.0, 3: "int key"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False))
print(json.dumps({"z": 1, "a": [1, {"k": 2}]}, sort_keys=True, indent="\t"))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("\U0001f600"), json.dumps(float("inf")))
try: json.dumps({1, 2})
except TypeError as e: print("TypeError", e)
print(json.dumps({1, 2}, default=sorted))
try: json.dumps(float("nan"), allow_nan=False)
except ValueError as e: print("ValueError", e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print("ValueError", e)
s = '{"a": [1, 2.0, -3e2, "x\\u00e9\\ud83d\\ude00"], "b": {"c": null, "d": true}, "e": NaN}'
print(json.loads(s))
print(json.loads("[]"), json.loads(" 12 "), json.loads('"\\n"'), json.loads("1.5e3"))
for bad in ['', '[1,]', '{"a" 1}', '[1 2]', '{"a":1,}', '"abc', 'tru', '[1] x', "{'a': 1}", '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list), json.loads('{"v": 1.1}', parse_float=str))
print(json.loads('{"p": {"x": 1}}', object_hook=lambda d: sorted(d.items())))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps(2 + 3j, cls=E), json.dumps({"k": (1, 2)}))
