#!/usr/bin/env python3
"""Emit python3's behaviour for the object-model unit tests:
src/vm/objects/__fixtures__/object-model.json with
  mro:         class graphs (name, bases) -> __mro__ names, or the TypeError message
  exceptions:  builtin exception constructions -> type name, str, repr, selected attributes
  groups:      ExceptionGroup construction / split / subgroup outcomes
  binops:      unsupported operand and comparison messages for mixed builtin types
Run: python3 tools/gen-object-model-fixtures.py   (python3 3.11 is the oracle)
"""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---- MRO ----
GRAPHS = [
    [("A", []), ("B", ["A"]), ("C", ["A"]), ("D", ["B", "C"])],
    [("A", []), ("B", ["A"]), ("C", ["A", "B"])],
    [("O", []), ("X", ["O"]), ("Y", ["O"]), ("A", ["X", "Y"]), ("B", ["Y", "X"]), ("Z", ["A", "B"])],
    [("O", []), ("A", ["O"]), ("B", ["O"]), ("C", ["O"]), ("D", ["O"]), ("E", ["O"]),
     ("K1", ["A", "B", "C"]), ("K2", ["D", "B", "E"]), ("K3", ["D", "A"]), ("Z", ["K1", "K2", "K3"])],
    [("A", []), ("B", ["A", "A"])],
    [("A", []), ("B", []), ("C", ["A", "B"]), ("D", ["B", "A"]), ("E", ["C", "D"])],
    [("A", []), ("B", ["A"]), ("C", ["B"]), ("D", ["A", "C"])],
    [("A", ["int"]), ("B", ["A", "object"])],
    [("E", ["ValueError"]), ("F", ["E", "KeyError"])],
    [("S", ["str"]), ("T", ["S", "int"])],
]

def run_graph(graph):
    env = {}
    out = []
    for name, bases in graph:
        try:
            bs = tuple(env.get(b) or __builtins__.__dict__[b] for b in bases)
            cls = type(name, bs, {})
            env[name] = cls
            out.append({"name": name, "bases": bases, "mro": [c.__name__ for c in cls.__mro__]})
        except TypeError as e:
            out.append({"name": name, "bases": bases, "error": str(e)})
            break
    return out

mro = [run_graph(g) for g in GRAPHS]

# ---- exceptions ----
# args are JSON values: str, int, None, or {"exc": name, "args": [...]} for nested exceptions
def build(v):
    if isinstance(v, dict) and "exc" in v:
        return __builtins__.__dict__[v["exc"]](*[build(a) for a in v["args"]])
    if isinstance(v, dict) and "list" in v:
        return [build(a) for a in v["list"]]
    if isinstance(v, dict) and "tuple" in v:
        return tuple(build(a) for a in v["tuple"])
    return v

E = lambda name, *args: {"exc": name, "args": list(args)}
L = lambda *items: {"list": list(items)}
T = lambda *items: {"tuple": list(items)}
EXC = [
    E("ValueError"), E("ValueError", "bad"), E("ValueError", "a", 1), E("ValueError", 1), E("KeyError", "k"),
    E("KeyError"), E("KeyError", 1, 2), E("KeyError", "it's"), E("IndexError", "list index out of range"),
    E("OSError"), E("OSError", "just text"), E("OSError", 2, "No such file or directory"),
    E("OSError", 2, "No such file or directory", "data.txt"), E("OSError", 13, "Permission denied", "a", None, "b"),
    E("OSError", 17, "File exists"), E("OSError", 11, "again"), E("OSError", 99, "other"),
    E("FileNotFoundError", 2, "nope", "x.py"), E("SystemExit"), E("SystemExit", 3), E("SystemExit", "bye", 2),
    E("StopIteration"), E("StopIteration", 42), E("StopIteration", 1, 2), E("SyntaxError", "invalid syntax"),
    E("SyntaxError", "invalid syntax", T("prog.py", 3, 7, "x = = 1\n")), E("SyntaxError", "bad", T(None, 3, 7, "t")),
    E("SyntaxError", "bad", T("/a/b/c.py", None, 1, "t")),
    E("ImportError", "No module named 'x'"), E("ImportError"), E("ModuleNotFoundError", "No module named 'spam'"),
    E("NameError", "name 'x' is not defined"), E("AttributeError", "nope"), E("ZeroDivisionError", "division by zero"),
    E("Exception", E("ValueError", "inner")), E("RuntimeError", L(1, 2)), E("UnicodeError", "u"),
    E("UnicodeEncodeError", "ascii", "héllo", 1, 2, "ordinal not in range(128)"),
    E("BaseException", "base"), E("KeyboardInterrupt"), E("GeneratorExit"), E("RecursionError", "maximum recursion depth exceeded"),
    E("TimeoutError", "timed out"), E("NotImplementedError"), E("MemoryError"), E("Warning", "w"),
    E("ExceptionGroup", "eg", L(E("ValueError", 1), E("TypeError", 2))),
    E("ExceptionGroup", "one", L(E("ValueError", 1))),
    E("BaseExceptionGroup", "x", L(E("ValueError", 1))),
    E("BaseExceptionGroup", "x", L(E("KeyboardInterrupt"), E("ValueError", 1))),
    E("ExceptionGroup", "x", L(E("KeyboardInterrupt"))),
    E("ExceptionGroup", "x", L()),
    E("ExceptionGroup", 1, L(E("ValueError"))),
    E("ExceptionGroup", "x", L(1)),
    E("ExceptionGroup", "x", E("ValueError")),
    E("ExceptionGroup", "x", T(E("ValueError", 5),)),
]
ATTRS = ["args", "errno", "strerror", "filename", "filename2", "code", "value", "msg", "lineno", "offset", "text",
         "name", "path", "message", "exceptions", "encoding", "start", "end", "reason"]

def describe(v):
    try:
        e = build(v)
    except Exception as x:  # noqa: BLE001
        return {"raises": type(x).__name__, "message": str(x)}
    d = {"type": type(e).__name__, "str": str(e), "repr": repr(e), "attrs": {}}
    for a in ATTRS:
        if hasattr(e, a):
            d["attrs"][a] = repr(getattr(e, a))
    return d

exceptions = [{"spec": v, "out": describe(v)} for v in EXC]

# split / subgroup
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
def shape(x):
    if x is None:
        return None
    if isinstance(x, BaseExceptionGroup):
        return {"group": type(x).__name__, "msg": x.message, "items": [shape(i) for i in x.exceptions]}
    return repr(x)
groups = []
for cond in ["ValueError", "TypeError", "LookupError", "KeyError", "OSError", "Exception"]:
    m, r = eg.split(__builtins__.__dict__[cond])
    groups.append({"cond": cond, "split": [shape(m), shape(r)], "subgroup": shape(eg.subgroup(__builtins__.__dict__[cond]))})
groups.append({"cond": "(ValueError,KeyError)", "split": [shape(x) for x in eg.split((ValueError, KeyError))],
               "subgroup": shape(eg.subgroup((ValueError, KeyError)))})

# ---- operator messages ----
samples = {"int": 1, "str": "s", "float": 1.5, "list": [1], "NoneType": None, "tuple": (1,), "dict": {}, "complex": 1j}
binops = []
import operator
OPS = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv), ("//", operator.floordiv),
       ("%", operator.mod), ("**", operator.pow), ("<<", operator.lshift), ("&", operator.and_), ("@", operator.matmul),
       ("<", operator.lt), (">=", operator.ge), ("==", operator.eq)]
for an, a in samples.items():
    for bn, b in samples.items():
        if an in ("list", "tuple", "str", "dict") or bn in ("list", "tuple", "str", "dict"):
            continue  # sequence/mapping operators are the container types' business
        for sym, fn in OPS:
            try:
                r = fn(a, b)
                binops.append({"a": an, "b": bn, "op": sym, "result": repr(r)})
            except Exception as e:  # noqa: BLE001
                binops.append({"a": an, "b": bn, "op": sym, "error": type(e).__name__, "message": str(e)})
unary = []
for an, a in samples.items():
    for sym, fn in [("neg", operator.neg), ("invert", operator.invert), ("abs", abs), ("hash", hash), ("len", len), ("iter", iter)]:
        if an in ("list", "tuple", "str", "dict") and sym in ("len", "iter", "hash"):
            continue
        try:
            r = fn(a)
            unary.append({"a": an, "op": sym, "result": repr(r) if sym != "iter" else "iterator"})
        except Exception as e:  # noqa: BLE001
            unary.append({"a": an, "op": sym, "error": type(e).__name__, "message": str(e)})

path = os.path.join(ROOT, "src/vm/objects/__fixtures__/object-model.json")
with open(path, "w") as f:
    json.dump({"mro": mro, "exceptions": exceptions, "groups": groups, "binops": binops, "unary": unary}, f, ensure_ascii=False, indent=0)
print(path, len(mro), len(exceptions), len(groups), len(binops), len(unary))
