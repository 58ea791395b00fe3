#!/usr/bin/env python3
"""Expected symbol tables for tests/symtable/*.py, from python3's own symtable.

For each program P.py writes P.json with:
  ast:      python3's AST of P in the JSON shape of src/python/ast.ts (ints as {"$int": "..."}
            so bigints survive JSON), so the symtable test does not depend on our parser;
  table:    the scope tree: type, name, lineno, nested, varnames, and every symbol's raw
            flags (DEF_* bits | scope << SCOPE_OFF), exactly as _symtable reports them;
  error:    instead of table, when python3's symtable raises SyntaxError: msg, lineno, offset.
It also writes tests/symtable/compile-outcomes.json: for every .py program under tests/ and
public/examples, null when python3's compile() accepts it, else the SyntaxError's
msg/lineno/offset (our compiler must then raise the same error). And for each
tests/symtable/run/P.py, P.out: what python3 prints running it (the compiler's run tests).
Run: python3 tools/gen-symtable-expected.py
"""
import ast
import glob
import json
import os
import subprocess
import symtable
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'symtable')


def to_json(node):
    if isinstance(node, ast.AST):
        out = {'_type': type(node).__name__}
        for f in node._fields:
            out[f] = to_json(getattr(node, f, None))
        for a in node._attributes:
            if hasattr(node, a):
                out[a] = getattr(node, a)
        return out
    if isinstance(node, list):
        return [to_json(x) for x in node]
    if isinstance(node, bool) or node is None or isinstance(node, str):
        return node
    if isinstance(node, int):
        return {'$int': str(node)}
    if isinstance(node, float):
        return node
    if isinstance(node, complex):
        return {'complex': node.imag}
    if isinstance(node, bytes):
        return {'$bytes': list(node)}
    if node is Ellipsis:
        return {'ellipsis': True}
    raise TypeError(type(node))


def dump_table(t):
    e = t._table
    return {
        'type': {0: 'function', 1: 'class', 2: 'module'}[e.type],
        'name': e.name,
        'lineno': e.lineno,
        'nested': bool(e.nested),
        'varnames': list(e.varnames),
        'symbols': {k: e.symbols[k] for k in sorted(e.symbols)},
        'children': [dump_table(c) for c in t.get_children()],
    }


def main():
    files = sorted(glob.glob(os.path.join(ROOT, '*.py')))
    for path in files:
        src = open(path, encoding='utf-8').read()
        name = os.path.basename(path)
        out = {'ast': to_json(ast.parse(src, name))}
        try:
            out['table'] = dump_table(symtable.symtable(src, name, 'exec'))
        except SyntaxError as e:
            out['error'] = {'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset}
        with open(path[:-3] + '.json', 'w', encoding='utf-8') as f:
            json.dump(out, f, indent=None, separators=(',', ':'))
            f.write('\n')
    print(f'{len(files)} programs', file=sys.stderr)
    outcomes = {}
    repo = os.path.normpath(os.path.join(ROOT, '..', '..'))
    roots = [os.path.join(repo, 'tests'), os.path.join(repo, 'public', 'examples')]
    for root in roots:
        for dirpath, _, names in os.walk(root):
            for n in sorted(names):
                if not n.endswith('.py'):
                    continue
                path = os.path.join(dirpath, n)
                key = os.path.relpath(path, repo) if path.startswith(repo) else path
                try:
                    src = open(path, encoding='utf-8').read()
                    ast.parse(src, path)
                except (SyntaxError, UnicodeDecodeError, ValueError):
                    continue  # not parseable: a parser test, not ours
                try:
                    compile(src, path, 'exec')
                    outcomes[key] = None
                except SyntaxError as e:
                    outcomes[key] = {'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset}
    with open(os.path.join(ROOT, 'compile-outcomes.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(outcomes.items())), f, indent=1)
        f.write('\n')
    print(f'{len(outcomes)} compile outcomes', file=sys.stderr)
    runs = sorted(glob.glob(os.path.join(ROOT, 'run', '*.py')))
    for path in runs:
        res = subprocess.run([sys.executable, path], capture_output=True, text=True, check=True)
        with open(path[:-3] + '.out', 'w', encoding='utf-8') as f:
            f.write(res.stdout)
    print(f'{len(runs)} run outputs', file=sys.stderr)


if __name__ == '__main__':
    main()
