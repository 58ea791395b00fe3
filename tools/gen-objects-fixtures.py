#!/usr/bin/env python3
"""Generate the JSON fixtures of src/vm/objects/*.test.ts by running python3 (the oracle).

Every expected value in those tests comes from here, never from our own engine.
Run: python3 tools/gen-objects-fixtures.py   (writes src/vm/objects/__fixtures__/*.json)
Deterministic: seeded randomness; only values whose python3 result does not depend on
PYTHONHASHSEED or on object ids are recorded (ints, tuples of ints, floats; no str hashes).
"""
import json, os, random, sys

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'vm', 'objects', '__fixtures__')
os.makedirs(OUT, exist_ok=True)
rng = random.Random(20261126)

def dump(name, data):
    with open(os.path.join(OUT, name), 'w') as f:
        json.dump(data, f, ensure_ascii=True, separators=(",", ":"), sort_keys=True)
        f.write('\n')

def outcome(fn):
    try:
        return {'ok': fn()}
    except Exception as e:  # record the exception type and message python3 gives
        return {'error': type(e).__name__, 'message': str(e)}

# ---- str methods -------------------------------------------------------------------------
SAMPLES = [
    '', ' ', 'a', 'abc', 'Hello, World!', '  lead and trail  ', '\t tabs\tand\nnewlines \r\n',
    'a,b,,c,', ',,', 'one two  three   four', 'ÀÉÎõü straße', 'ǅungla ǆ', 'ΣΑΣ ΟΔΟΣ', 'hello world',
    'MiXeD cAsE 123', '12345', '٣٤٥', '²³', '½⅓', '一二三', '\u00a0nbsp\u2003em\u3000',
    'x\u2028y\u2029z\x1cw\x85v', 'tab\there\tx', 'line1\nline2\r\nline3\rline4\n', '😀 emoji 😀x',
    'a😀b😀c', 'ﬁ ﬀ', 'İstanbul', "it's", 'say "hi"', 'both \' and "', 'back\\slash', '\x00\x07\x7f\x80\xad',
    '\ud800', 'é\u0301', '  +42', '-7', '+', 'The Quick_brown fox', "they're bill's friends",
    'abcabcabc', 'aaaa', 'mississippi', '_ident1', '1abc', 'class', 'ϰ', 'ᾳ', 'ﬃ', 'ß', 'ŉ',
]
ARGS = {
    'split': [(), (None,), (',',), (' ',), ('ss',), (None, 1), (',', 1), (None, 0), ('a', 2)],
    'rsplit': [(), (None, 1), (',', 1), (' ', 2), ('ss', 1)],
    'strip': [(), (None,), (' l',), ('a',), ('😀x',)], 'lstrip': [(), ('ab',)], 'rstrip': [(), ('c ',)],
    'replace': [('a', 'X'), ('', '-'), ('', '-', 2), ('ss', 'SS', 1), ('😀', ':)'), ('a', '', -1)],
    'find': [('a',), ('b', 1), ('', 3), ('', 100), ('c', -3), ('😀',), ('x', 0, -1), ('s', 2, 5)],
    'rfind': [('a',), ('b', 0, 3), ('',), ('😀',), ('s', -5)],
    'index': [('a',), ('b',)], 'rindex': [('a',), ('zz',)],
    'count': [('a',), ('',), ('ss',), ('', 2), ('', 100), ('a', 1, -1), ('😀',)],
    'startswith': [('a',), ('',), (('x', 'He'),), ('b', 1), ('', 100), ('abc', 0, 2)],
    'endswith': [('c',), ('',), (('!', 'c'),), ('b', 0, 2), ('x', -1)],
    'upper': [()], 'lower': [()], 'casefold': [()], 'capitalize': [()], 'title': [()], 'swapcase': [()],
    'isdigit': [()], 'isalpha': [()], 'isalnum': [()], 'isspace': [()], 'isupper': [()],
    'islower': [()], 'isidentifier': [()], 'isnumeric': [()], 'isdecimal': [()], 'istitle': [()],
    'isprintable': [()], 'isascii': [()],
    'center': [(10,), (11, '*'), (3,), (20, '😀')], 'ljust': [(8, '.')], 'rjust': [(8,)],
    'zfill': [(6,), (1,)], 'partition': [(',',), ('ss',), ('z',)], 'rpartition': [(',',), ('ss',), ('z',)],
    'splitlines': [(), (True,)], 'expandtabs': [(), (4,), (0,)],
    'removeprefix': [('a',), ('He',)], 'removesuffix': [('c',), ('!',)],
    'encode': [(), ('ascii',), ('ascii', 'replace'), ('ascii', 'ignore'), ('latin-1',),
               ('latin-1', 'replace'), ('utf-8', 'strict'), ('ascii', 'backslashreplace'),
               ('ascii', 'xmlcharrefreplace')],
}

def jsonable(v):
    if isinstance(v, bytes):
        return {'bytes': list(v)}
    if isinstance(v, tuple):
        return {'tuple': [jsonable(x) for x in v]}
    if isinstance(v, list):
        return [jsonable(x) for x in v]
    return v

cases = []
for s in SAMPLES:
    for meth, arglist in ARGS.items():
        for args in arglist:
            r = outcome(lambda: jsonable(getattr(s, meth)(*args)))
            cases.append({'s': s, 'method': meth, 'args': [jsonable(a) for a in args], **r})
    cases.append({'s': s, 'method': '__repr__', 'args': [], **outcome(lambda: repr(s))})
    cases.append({'s': s, 'method': '__len__', 'args': [], **outcome(lambda: len(s))})
# Separator errors and other messages.
for meth, args in [('split', ('',)), ('rsplit', ('',)), ('partition', ('',)), ('index', ('zzz',)),
                   ('center', (5, 'ab')), ('encode', ('nope',)), ('zfill', (5,)), ('expandtabs', (-3,))]:
    cases.append({'s': 'abc', 'method': meth, 'args': list(args), **outcome(lambda: getattr('abc', meth)(*args))})
dump('str-methods.json', cases)

# ---- bytes decode ------------------------------------------------------------------------
byte_samples = [b'', b'abc', b'\xff', b'a\xc3', b'\xe2\x82', b'\xe2\x82\xac', b'\xe2(\xa1', b'\xed\xa0\x80',
                b'\xf0\x9f\x98\x80', b'\xf0\x9f\x98', b'\xf0(', b'\xf4\x90\x80\x80', b'\xc0\xaf', b'h\xe9llo',
                b'\x80\x81abc\xfe']
dec = []
for b in byte_samples:
    for enc, err in [('utf-8', 'strict'), ('utf-8', 'replace'), ('utf-8', 'ignore'), ('utf-8', 'backslashreplace'),
                     ('ascii', 'strict'), ('ascii', 'replace'), ('latin-1', 'strict'), ('utf-8', 'surrogateescape')]:
        dec.append({'b': list(b), 'encoding': enc, 'errors': err, **outcome(lambda: b.decode(enc, err))})
dump('bytes-decode.json', dec)

# ---- sets ----------------------------------------------------------------------------------
def rand_int():
    k = rng.random()
    if k < 0.5: return rng.randrange(-20, 200)
    if k < 0.8: return rng.randrange(-2**31, 2**31)
    return rng.choice([1, -1]) * rng.randrange(0, 2**70)

set_cases = []
for t in range(150):
    n = rng.randrange(0, 60 if t % 3 else 12)
    items = [rand_int() for _ in range(n)]
    ops = []
    s = set()
    for x in items:
        if rng.random() < 0.2 and s:
            victim = rng.choice(sorted(s))
            ops.append(['discard', str(victim)]); s.discard(victim)
        ops.append(['add', str(x)]); s.add(x)
    other = [rand_int() for _ in range(rng.randrange(0, 20))] + items[: rng.randrange(0, n + 1)]
    fs = frozenset(items)
    set_cases.append({
        'ops': ops,
        'order': [str(x) for x in s],
        'fromList': [str(x) for x in items],
        'setOfList': [str(x) for x in set(items)],
        'copyOrder': [str(x) for x in s.copy()],
        'other': [str(x) for x in other],
        'union': [str(x) for x in s | set(other)],
        'inter': [str(x) for x in s & set(other)],
        'diff': [str(x) for x in s - set(other)],
        'symdiff': [str(x) for x in s ^ set(other)],
        'frozenHash': str(hash(fs)),
        'popOrder': [str(s.copy().pop())] if s else [],
    })
# Literal-like sets built by the compiler's path for constants: set().update(frozenset(tuple)).
lits = [(5, 3, 100, 1, -1, 2**40), (10, 20, 30), (-5, -4, -3, 0, 8, 16, 24, 32), tuple(range(100, 0, -7))]
set_lits = [{'items': [str(x) for x in t], 'literal': [str(x) for x in eval(repr(set(t)) if t else 'set()')],
             'viaFrozen': [str(x) for x in (lambda s: (s.update(frozenset(t)), s)[1])(set())]} for t in lits]
dump('sets.json', {'cases': set_cases, 'literals': set_lits,
                   'hashes': [{'items': [str(x) for x in t], 'hash': str(hash(frozenset(t)))}
                              for t in [(), (0,), (1, 2, 3), (-1, -2), (2**61, 2**61 - 1), tuple(range(50))]]})

# ---- tuple hashes -------------------------------------------------------------------------
def enc(v):
    if isinstance(v, tuple): return {'tuple': [enc(x) for x in v]}
    if isinstance(v, bool): return {'bool': v}
    if isinstance(v, float): return {'float': repr(v)}
    return str(v)
tuples = [(), (1,), (1, 2), (1, 2, 3), (-1,), (-2,), (0, 0), ((1, 2), (3, 4)), (True, False), (2**40, -2**40),
          (2**61 - 1, 2**61, 2**64 + 5), (1.5, -0.0, 0.5), ((),), (((),),)] + \
         [tuple(rng.randrange(-1000, 1000) for _ in range(rng.randrange(0, 6))) for _ in range(30)]
dump('tuple-hashes.json', [{'t': enc(t), 'hash': str(hash(t))} for t in tuples])
dump('int-hashes.json', [{'v': str(v), 'hash': str(hash(v))} for v in
                         [0, 1, -1, -2, 2**30, 2**31, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**100, -(2**100) - 7]])

# ---- dict orders ---------------------------------------------------------------------------
dict_cases = []
for t in range(60):
    d = {}
    ops = []
    for _ in range(rng.randrange(0, 80)):
        k = rng.randrange(0, 30)
        r = rng.random()
        if r < 0.6:
            v = rng.randrange(1000); ops.append(['set', k, v]); d[k] = v
        elif r < 0.85:
            ops.append(['del', k]); d.pop(k, None)
        else:
            ops.append(['popitem']);
            if d: d.popitem()
    dict_cases.append({'ops': ops, 'items': [[k, v] for k, v in d.items()]})
dump('dicts.json', dict_cases)

# ---- sorting -------------------------------------------------------------------------------
sort_cases = []
for t in range(40):
    xs = [rng.randrange(-50, 50) for _ in range(rng.randrange(0, 120))]
    sort_cases.append({'xs': xs, 'sorted': sorted(xs), 'rev': sorted(xs, reverse=True),
                       'byMod': sorted(xs, key=lambda x: x % 7), 'byModRev': sorted(xs, key=lambda x: x % 7, reverse=True)})
dump('sorts.json', sort_cases)

# ---- ranges and slices --------------------------------------------------------------------
range_cases = []
for args in [(10,), (0,), (-5,), (1, 10), (1, 10, 3), (10, 1, -2), (0, 100, 7), (5, 5), (-10, 10, 4), (10, -10, -3)]:
    r = range(*args)
    range_cases.append({'args': list(args), 'len': len(r), 'repr': repr(r), 'list': list(r),
                        'reversed': list(reversed(r)), 'slice': [repr(r[1:-1]), repr(r[::-1]), repr(r[::2]), repr(r[5:100:3])],
                        'contains': [x in r for x in (0, 1, 4, 7, 9, -1, -4, 10)],
                        'index': [outcome(lambda: r.index(x)) for x in (1, 4, 7)],
                        'item': [outcome(lambda: r[i]) for i in (0, -1, 3, 100)]})
dump('ranges.json', range_cases)
slice_cases = []
for sl in [slice(None), slice(1, None), slice(None, -1), slice(-100, 100), slice(None, None, -1), slice(5, 1, -2),
           slice(-3, None, 2), slice(0, 0), slice(10, 2), slice(2, 10, 3), slice(None, None, -3), slice(-1, -10, -1)]:
    for n in (0, 1, 5, 10):
        slice_cases.append({'start': sl.start, 'stop': sl.stop, 'step': sl.step, 'n': n,
                            'indices': list(sl.indices(n)), 'list': list(range(n))[sl], 'repr': repr(sl)})
dump('slices.json', slice_cases)
print('fixtures written to', os.path.normpath(OUT))
