// Expression -> source text, for `from __future__ import annotations` (PEP 563), where
// annotations are stored as strings instead of being evaluated. Follows CPython 3.11
// Python/ast_unparse.c (precedence-driven parenthesisation) for the expression forms that
// appear in annotations; statements are never needed.

import type * as A from './ast.ts';
import { constRepr } from './dis.ts';
import type { Const } from './code.ts';

// Precedence levels, lowest first (ast_unparse.c PR_*).
const PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_BOR = 7, PR_BXOR = 8, PR_BAND = 9,
  PR_SHIFT = 10, PR_ARITH = 11, PR_TERM = 12, PR_FACTOR = 13, PR_POWER = 14, PR_AWAIT = 15, PR_ATOM = 16;
const PR_EXPR = 6;

const BIN: Record<A.operator['_type'], [string, number]> = {
  Add: ['+', PR_ARITH], Sub: ['-', PR_ARITH], Mult: ['*', PR_TERM], MatMult: ['@', PR_TERM], Div: ['/', PR_TERM],
  Mod: ['%', PR_TERM], FloorDiv: ['//', PR_TERM], Pow: ['**', PR_POWER], LShift: ['<<', PR_SHIFT], RShift: ['>>', PR_SHIFT],
  BitOr: ['|', PR_BOR], BitXor: ['^', PR_BXOR], BitAnd: ['&', PR_BAND],
};
const CMP: Record<A.cmpop['_type'], string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

export function unparseExpr(e: A.expr): string {
  return un(e, PR_TEST);
}

function paren(s: string, need: boolean): string {
  return need ? `(${s})` : s;
}

function un(e: A.expr, level: number): string {
  switch (e._type) {
    case 'Name': return e.id;
    case 'Constant':
      if (e.value !== null && typeof e.value === 'object' && 'ellipsis' in e.value) return '...';
      return constRepr(e.value as Const);
    case 'Attribute': {
      const v = un(e.value, PR_ATOM);
      // `1 .real` needs a space so the dot is not read as a decimal point.
      return (e.value._type === 'Constant' && typeof e.value.value === 'bigint' ? v + ' ' : v) + '.' + e.attr;
    }
    case 'Subscript': {
      const s = e.slice._type === 'Tuple' && e.slice.elts.length > 0
        ? e.slice.elts.map((x) => un(x, PR_TEST)).join(', ')
        : un(e.slice, PR_TUPLE);
      return `${un(e.value, PR_ATOM)}[${s}]`;
    }
    case 'Slice':
      return (e.lower ? un(e.lower, PR_TEST) : '') + ':' + (e.upper ? un(e.upper, PR_TEST) : '') + (e.step ? ':' + un(e.step, PR_TEST) : '');
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(e.elts.map((x) => un(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : ''), level > PR_TUPLE);
    case 'List': return '[' + e.elts.map((x) => un(x, PR_TEST)).join(', ') + ']';
    case 'Set': return '{' + e.elts.map((x) => un(x, PR_TEST)).join(', ') + '}';
    case 'Dict':
      return '{' + e.keys.map((k, i) => (k ? `${un(k, PR_TEST)}: ` : '**') + un(e.values[i], k ? PR_TEST : PR_EXPR)).join(', ') + '}';
    case 'Starred': return '*' + un(e.value, PR_EXPR);
    case 'BinOp': {
      const [sym, pr] = BIN[e.op._type];
      const rightAssoc = e.op._type === 'Pow';
      const l = un(e.left, rightAssoc ? pr + 1 : pr);
      const r = un(e.right, rightAssoc ? pr : pr + 1);
      return paren(`${l} ${sym} ${r}`, level > pr);
    }
    case 'UnaryOp': {
      if (e.op._type === 'Not') return paren('not ' + un(e.operand, PR_NOT), level > PR_NOT);
      const sym = e.op._type === 'USub' ? '-' : e.op._type === 'UAdd' ? '+' : '~';
      return paren(sym + un(e.operand, PR_FACTOR), level > PR_FACTOR);
    }
    case 'BoolOp': {
      const pr = e.op._type === 'And' ? PR_AND : PR_OR;
      return paren(e.values.map((v) => un(v, pr + 1)).join(e.op._type === 'And' ? ' and ' : ' or '), level > pr);
    }
    case 'Compare': {
      let s = un(e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => (s += ` ${CMP[op._type]} ${un(e.comparators[i], PR_CMP + 1)}`));
      return paren(s, level > PR_CMP);
    }
    case 'IfExp':
      return paren(`${un(e.body, PR_TEST + 1)} if ${un(e.test, PR_TEST + 1)} else ${un(e.orelse, PR_TEST)}`, level > PR_TEST);
    case 'Lambda': {
      const a = e.args;
      const params = [...a.posonlyargs, ...a.args].map((p) => p.arg);
      const s = params.length ? `lambda ${params.join(', ')}: ` : 'lambda: ';
      return paren(s + un(e.body, PR_TEST), level > PR_TEST);
    }
    case 'Call': {
      const args = [...e.args.map((x) => un(x, PR_TEST)), ...e.keywords.map((k) => (k.arg ? `${k.arg}=` : '**') + un(k.value, PR_TEST))];
      return `${un(e.func, PR_ATOM)}(${args.join(', ')})`;
    }
    case 'Await': return paren('await ' + un(e.value, PR_ATOM), level > PR_AWAIT);
    case 'NamedExpr': return paren(`${un(e.target, PR_ATOM)} := ${un(e.value, PR_ATOM)}`, level > PR_TUPLE);
    case 'JoinedStr': case 'FormattedValue':
      return "f'...'"; // f-strings in annotations are vanishingly rare; not reproduced exactly
    default:
      return `<${e._type}>`;
  }
}
