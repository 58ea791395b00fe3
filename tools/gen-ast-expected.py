"""Writes the expected outputs of the AST corpus from python3 (3.11), never from our engine.

For each tests/ast/*.py it writes:
  NAME.ast  ast.dump(ast.parse(src))  (what src/python/ast-dump.ts must print)
  NAME.pos  JSON list of [type, lineno, col_offset, end_lineno, end_col_offset] for every
            node that has a position, in ast.walk order (breadth first over _fields).
And for each tests/syntax-errors/*.py (programs the parser must reject) it writes NAME.json:
the SyntaxError / IndentationError / TabError that python3's parser raises (ast.parse, so
compiler-stage errors such as 'return' outside function are not included), with type, msg,
filename, lineno, offset, end_lineno, end_offset and text.
Run: python3 tools/gen-ast-expected.py
"""
import ast
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / 'tests' / 'ast'
ERRORS = ROOT.parent / 'syntax-errors'


def positions(tree):
    out = []
    for node in ast.walk(tree):
        if hasattr(node, 'lineno') and 'lineno' in node._attributes:
            out.append([type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset])
    return out


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('python3.11 is the oracle; found ' + sys.version)
    n = 0
    for py in sorted(ROOT.glob('*.py')):
        src = py.read_text(encoding='utf-8')
        tree = ast.parse(src, filename=py.name)
        py.with_suffix('.ast').write_text(ast.dump(tree) + '\n', encoding='utf-8')
        py.with_suffix('.pos').write_text(json.dumps(positions(tree)) + '\n', encoding='utf-8')
        n += 1
    print(f'wrote expected AST and positions for {n} programs')
    m = 0
    for py in sorted(ERRORS.glob('*.py')):
        src = py.read_text(encoding='utf-8')
        try:
            ast.parse(src, filename=py.name)
        except SyntaxError as e:
            info = {'type': type(e).__name__, 'msg': e.msg, 'filename': e.filename, 'lineno': e.lineno,
                    'offset': e.offset, 'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'text': e.text}
            py.with_suffix('.json').write_text(json.dumps(info, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
            m += 1
        else:
            sys.exit(f'{py.name}: python3 parses it; it does not belong in tests/syntax-errors')
    print(f'wrote expected errors for {m} erroneous programs')


if __name__ == '__main__':
    main()
