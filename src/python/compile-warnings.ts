// The SyntaxWarnings python3's compiler gives for code that is legal but almost certainly a
// slip (CPython 3.11 Python/compile.c: the checks of comparisons, calls and subscripts):
//   x is 1              "is" with a literal. Did you mean "=="?
//   x is not 'a'        "is not" with a literal. Did you mean "!="?
//   [1, 2](3)           'list' object is not callable; perhaps you missed a comma?
//   5[0]                'int' object is not subscriptable; perhaps you missed a comma?
//   (1, 2)[None]        tuple indices must be integers or slices, not NoneType; perhaps you
//                       missed a comma?
//   assert (x, 'msg')   assertion is always true, perhaps remove parentheses?  (compile-stmt.ts)
// A literal is what python3's AST optimizer leaves as a constant: a literal, a tuple of
// constants, a sign or `~` on a number, and an arithmetic or string `+`/`*` of constants
// (folded here far enough to know the type; a division by zero, which python3 does not
// fold, is not a constant). The singletons None, True, False and ... are fine after `is`.
// The compiler calls these as it compiles each node, so a node compiled twice (a `finally`
// body) warns twice, as in python3.

import type * as A from './ast.ts';
import type { SourceInfo, CompileWarning } from './compile-error.ts';

/** The type of a constant value, as python3 names it. */
function constantType(v: A.ConstantValue): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'str';
    default: return 'bytes' in v ? 'bytes' : 'complex' in v ? 'complex' : 'ellipsis';
  }
}

const NUMBERS = ['bool', 'int', 'float', 'complex'];

/** The type of `e` when python3's AST optimizer makes it a constant, else null. */
function foldedType(e: A.expr): string | null {
  switch (e._type) {
    case 'Constant':
      return constantType(e.value);
    case 'Tuple':
      return e.ctx._type === 'Load' && e.elts.every((x) => foldedType(x) !== null) ? 'tuple' : null;
    case 'UnaryOp': {
      const t = foldedType(e.operand);
      if (t === null) return null;
      if (e.op._type === 'Not') return 'bool';
      if (e.op._type === 'Invert') return t === 'int' || t === 'bool' ? 'int' : null;
      return NUMBERS.includes(t) ? (t === 'bool' ? 'int' : t) : null;
    }
    case 'BinOp': {
      const l = foldedType(e.left), r = foldedType(e.right);
      if (l === null || r === null) return null;
      const op = e.op._type;
      if (NUMBERS.includes(l) && NUMBERS.includes(r)) {
        if (['Div', 'FloorDiv', 'Mod'].includes(op) && isZero(e.right)) return null;
        if (op === 'Pow' || op === 'MatMult') return null; // value-dependent (or unsupported)
        const rank = Math.max(NUMBERS.indexOf(l), NUMBERS.indexOf(r), 1);
        return op === 'Div' && rank < 2 ? 'float' : NUMBERS[rank]!;
      }
      if (op === 'Add' && l === r && (l === 'str' || l === 'bytes')) return l;
      return null;
    }
    default:
      return null;
  }
}

function isZero(e: A.expr): boolean {
  return e._type === 'Constant' && (e.value === 0n || e.value === 0 || e.value === false);
}

/** The type python3's compiler infers for an expression's node kind (null: unknown). */
function inferredType(e: A.expr): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    default: return foldedType(e);
  }
}

/** `x is <literal>`: the first `is`/`is not` of a comparison chain with a constant other
 *  than the four singletons on either side warns, once per comparison. */
export function checkCompare(src: SourceInfo, e: A.Compare): void {
  const allowed = (x: A.expr): boolean => {
    if (x._type === 'Constant') {
      const v = x.value;
      return v === null || v === true || v === false || (typeof v === 'object' && 'ellipsis' in v);
    }
    return foldedType(x) === null || (x._type === 'UnaryOp' && x.op._type === 'Not');
  };
  let left = allowed(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const right = allowed(e.comparators[i]!);
    const op = e.ops[i]!._type;
    if ((op === 'Is' || op === 'IsNot') && !(left && right)) {
      src.warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?', e);
      return;
    }
    left = right;
  }
}

/** `[1, 2](3)`: a call of a display, comprehension, f-string or constant. */
export function checkCaller(src: SourceInfo, e: A.Call): void {
  const f = e.func;
  const t = foldedType(f) ?? (f._type === 'Tuple' || f._type === 'List' || f._type === 'ListComp' || f._type === 'Dict'
    || f._type === 'DictComp' || f._type === 'Set' || f._type === 'SetComp' || f._type === 'GeneratorExp'
    || f._type === 'JoinedStr' || f._type === 'FormattedValue' ? inferredType(f) : null);
  if (t !== null) src.warn(`'${t}' object is not callable; perhaps you missed a comma?`, e);
}

/** `5[0]`, `(1, 2)[None]`: a subscript (loaded) of what cannot be subscripted, or with an
 *  index its sequence cannot take. */
export function checkSubscript(src: SourceInfo, e: A.Subscript): void {
  const v = e.value;
  const folded = foldedType(v);
  if ((folded !== null && ['NoneType', 'ellipsis', ...NUMBERS].includes(folded))
    || v._type === 'Set' || v._type === 'SetComp' || v._type === 'GeneratorExp' || v._type === 'Lambda') {
    src.warn(`'${inferredType(v)}' object is not subscriptable; perhaps you missed a comma?`, e);
  }
  const index = e.slice._type === 'Slice' ? null : inferredType(e.slice);
  if (index === null || index === 'int' || index === 'bool') return;
  const seq = folded !== null ? (['str', 'bytes', 'tuple'].includes(folded) ? folded : null)
    : v._type === 'Tuple' || v._type === 'List' || v._type === 'ListComp' || v._type === 'JoinedStr' || v._type === 'FormattedValue'
      ? inferredType(v) : null;
  if (seq !== null) src.warn(`${seq} indices must be integers or slices, not ${index}; perhaps you missed a comma?`, e);
}

/** What python3 prints for the warnings of a program it is about to run (the default
 *  filters show each; `warnings.formatwarning` with the line stripped). */
export function formatSyntaxWarnings(src: SourceInfo, warnings: readonly CompileWarning[]): string {
  let out = '';
  for (const w of warnings) {
    out += `${src.filename}:${w.lineno}: SyntaxWarning: ${w.message}\n`;
    const line = src.line(w.lineno)?.trim();
    if (line) out += `  ${line}\n`;
  }
  return out;
}
