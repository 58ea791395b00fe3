// Expressions: loads, stores and deletes of every target kind, operators, short-circuit
// conditions, displays with star-unpacking, calls (CALL / CALL_KW / CALL_FUNCTION_EX with
// the 3.13 `callable, self_or_null, args` layout), f-strings (3.13 CONVERT_VALUE /
// FORMAT_SIMPLE / FORMAT_WITH_SPEC), yield / yield from / await.
// Follows CPython 3.12/3.13 Python/compile.c compiler_visit_expr1 and helpers.

import type * as A from './ast.ts';
import type { Const } from './code.ts';
import { OP, PSEUDO, INTRINSIC_1, NB_INPLACE_OFFSET } from './opcodes.ts';
import type { Compiler } from './compiler.ts';
import type { Label } from './compile-unit.ts';
import { compileLambda, compileComprehension } from './compile-function.ts';
import { CO_ASYNC_GENERATOR } from './code.ts';
import { checkCompare, checkCaller, checkSubscript } from './compile-warnings.ts';

const NB: Record<A.operator['_type'], number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};

export function binopArg(op: A.operator, inplace: boolean): number {
  return NB[op._type] + (inplace ? NB_INPLACE_OFFSET : 0);
}

const CMP: Partial<Record<A.cmpop['_type'], number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

function emitCompare(c: Compiler, op: A.cmpop): void {
  switch (op._type) {
    case 'Is': return c.emit(OP.IS_OP, 0);
    case 'IsNot': return c.emit(OP.IS_OP, 1);
    case 'In': return c.emit(OP.CONTAINS_OP, 0);
    case 'NotIn': return c.emit(OP.CONTAINS_OP, 1);
    default: return c.emit(OP.COMPARE_OP, CMP[op._type]!);
  }
}

export function compileExprs(c: Compiler, es: A.expr[]): void {
  for (const e of es) compileExpr(c, e);
}

export function compileExpr(c: Compiler, e: A.expr): void {
  c.at(e, () => compileExpr1(c, e));
}

function compileExpr1(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'NamedExpr':
      compileExpr(c, e.value);
      c.emit(OP.COPY, 1);
      compileStore(c, e.target);
      return;
    case 'BoolOp': {
      const end = c.label('boolop_end');
      const jop = e.op._type === 'And' ? OP.POP_JUMP_IF_FALSE : OP.POP_JUMP_IF_TRUE;
      for (let i = 0; i < e.values.length - 1; i++) {
        compileExpr(c, e.values[i]);
        c.emit(OP.COPY, 1);
        c.jump(jop, end);
        c.emit(OP.POP_TOP);
      }
      compileExpr(c, e.values[e.values.length - 1]);
      c.bind(end);
      return;
    }
    case 'BinOp':
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      c.emit(OP.BINARY_OP, binopArg(e.op, false));
      return;
    case 'UnaryOp':
      compileExpr(c, e.operand);
      switch (e.op._type) {
        case 'USub': return c.emit(OP.UNARY_NEGATIVE);
        case 'Invert': return c.emit(OP.UNARY_INVERT);
        case 'Not': return c.emit(OP.UNARY_NOT);
        case 'UAdd': return c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_1.INTRINSIC_UNARY_POSITIVE);
      }
      return;
    case 'Lambda':
      compileLambda(c, e);
      return;
    case 'IfExp': {
      const orelse = c.label('ifexp_else');
      const end = c.label('ifexp_end');
      compileJumpIf(c, e.test, orelse, false);
      compileExpr(c, e.body);
      c.jump(PSEUDO.JUMP, end);
      c.bind(orelse);
      compileExpr(c, e.orelse);
      c.bind(end);
      return;
    }
    case 'Dict':
      compileDict(c, e);
      return;
    case 'Set':
      starunpack(c, e.elts, OP.BUILD_SET, OP.SET_ADD, OP.SET_UPDATE, false);
      return;
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      compileComprehension(c, e);
      return;
    case 'Yield':
      if (c.u.scope.type !== 'function') c.error("'yield' outside function", e);
      if (e.value) compileExpr(c, e.value);
      else c.loadConst(null);
      if (c.u.flags & CO_ASYNC_GENERATOR) c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_1.INTRINSIC_ASYNC_GEN_WRAP);
      c.emit(OP.YIELD_VALUE, 0);
      c.emit(OP.RESUME, 1);
      return;
    case 'YieldFrom':
      if (c.u.scope.type !== 'function') c.error("'yield' outside function", e);
      if (c.u.kind === 'async_function') c.error("'yield from' inside async function", e);
      compileExpr(c, e.value);
      c.emit(OP.GET_YIELD_FROM_ITER);
      c.loadConst(null);
      c.yieldFrom(false);
      return;
    case 'Await':
      if (c.u.scope.type !== 'function') c.error("'await' outside function", e);
      if (c.u.kind !== 'async_function' && c.u.kind !== 'comprehension') c.error("'await' outside async function", e);
      compileExpr(c, e.value);
      c.emit(OP.GET_AWAITABLE, 0);
      c.loadConst(null);
      c.yieldFrom(true);
      return;
    case 'Compare':
      checkCompare(c.src, e);
      compileCompare(c, e);
      return;
    case 'Call':
      checkCaller(c.src, e);
      compileCall(c, e);
      return;
    case 'FormattedValue':
      compileFormattedValue(c, e);
      return;
    case 'JoinedStr':
      compileJoinedStr(c, e);
      return;
    case 'Constant':
      c.loadConst(constValue(e.value));
      return;
    case 'Attribute':
      if (e.ctx._type !== 'Load') return compileTargetOp(c, e);
      compileExpr(c, e.value);
      c.at(e, () => c.emit(OP.LOAD_ATTR, c.u.addName(c.mangle(e.attr)) << 1));
      return;
    case 'Subscript':
      if (e.ctx._type !== 'Load') return compileTargetOp(c, e);
      checkSubscript(c.src, e);
      compileExpr(c, e.value);
      if (isTwoElementSlice(e.slice)) {
        compileSliceParts(c, e.slice);
        c.emit(OP.BINARY_SLICE);
      } else {
        compileExpr(c, e.slice);
        c.emit(OP.BINARY_SUBSCR);
      }
      return;
    case 'Starred':
      if (e.ctx._type === 'Store') c.error('starred assignment target must be in a list or tuple', e);
      c.error("can't use starred expression here", e);
      return;
    case 'Slice':
      compileSliceParts(c, e);
      if (e.step) compileExpr(c, e.step);
      c.emit(OP.BUILD_SLICE, e.step ? 3 : 2);
      return;
    case 'Name':
      c.nameOp(e.id, e.ctx._type === 'Load' ? 'load' : e.ctx._type === 'Store' ? 'store' : 'del');
      return;
    case 'List':
      if (e.ctx._type !== 'Load') return compileTargetOp(c, e);
      starunpack(c, e.elts, OP.BUILD_LIST, OP.LIST_APPEND, OP.LIST_EXTEND, false);
      return;
    case 'Tuple':
      if (e.ctx._type !== 'Load') return compileTargetOp(c, e);
      starunpack(c, e.elts, OP.BUILD_LIST, OP.LIST_APPEND, OP.LIST_EXTEND, true);
      return;
  }
}

export function constValue(v: A.ConstantValue): Const {
  return v as Const;
}

function isTwoElementSlice(s: A.expr): s is A.Slice {
  return s._type === 'Slice' && s.step === null;
}

function compileSliceParts(c: Compiler, s: A.Slice): void {
  if (s.lower) compileExpr(c, s.lower);
  else c.loadConst(null);
  if (s.upper) compileExpr(c, s.upper);
  else c.loadConst(null);
}

/** Constant folding of tuple displays made only of constants (CPython's AST optimizer does this). */
function constTuple(elts: A.expr[]): Const | undefined {
  const out: Const[] = [];
  for (const x of elts) {
    if (x._type === 'Constant') out.push(constValue(x.value));
    else if (x._type === 'Tuple' && x.ctx._type === 'Load') {
      const t = constTuple(x.elts);
      if (t === undefined) return undefined;
      out.push(t);
    } else return undefined;
  }
  return { tuple: out };
}

/** CPython starunpack_helper: build a list/set/tuple from elements, some of them *starred. */
function starunpack(c: Compiler, elts: A.expr[], build: number, add: number, extend: number, tuple: boolean): void {
  const hasStar = elts.some((x) => x._type === 'Starred');
  if (!hasStar) {
    if (tuple && elts.length > 0) {
      const k = constTuple(elts);
      if (k !== undefined) return c.loadConst(k);
    }
    compileExprs(c, elts);
    c.emit(tuple ? OP.BUILD_TUPLE : build, elts.length);
    return;
  }
  let i = 0;
  for (; i < elts.length && elts[i]._type !== 'Starred'; i++) compileExpr(c, elts[i]);
  c.emit(build, i);
  for (; i < elts.length; i++) {
    const x = elts[i];
    if (x._type === 'Starred') {
      compileExpr(c, x.value);
      c.emit(extend, 1);
    } else {
      compileExpr(c, x);
      c.emit(add, 1);
    }
  }
  if (tuple) c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_1.INTRINSIC_LIST_TO_TUPLE);
}

function compileDict(c: Compiler, e: A.Dict): void {
  let pending = 0;
  let have = false;
  const flush = (): void => {
    if (!have) {
      c.emit(OP.BUILD_MAP, pending);
      have = true;
    } else if (pending > 0) {
      c.emit(OP.BUILD_MAP, pending);
      c.emit(OP.DICT_UPDATE, 1);
    }
    pending = 0;
  };
  for (let i = 0; i < e.values.length; i++) {
    const k = e.keys[i];
    if (k === null) {
      flush();
      compileExpr(c, e.values[i]);
      c.emit(OP.DICT_UPDATE, 1);
    } else {
      compileExpr(c, k);
      compileExpr(c, e.values[i]);
      pending++;
    }
  }
  if (!have || pending > 0) flush();
}

function compileCompare(c: Compiler, e: A.Compare): void {
  compileExpr(c, e.left);
  const n = e.ops.length;
  if (n === 1) {
    compileExpr(c, e.comparators[0]);
    emitCompare(c, e.ops[0]);
    return;
  }
  const cleanup = c.label('compare_cleanup');
  const end = c.label('compare_end');
  for (let i = 0; i < n - 1; i++) {
    compileExpr(c, e.comparators[i]);
    c.emit(OP.SWAP, 2);
    c.emit(OP.COPY, 2);
    emitCompare(c, e.ops[i]);
    c.emit(OP.COPY, 1);
    c.jump(OP.POP_JUMP_IF_FALSE, cleanup);
    c.emit(OP.POP_TOP);
  }
  compileExpr(c, e.comparators[n - 1]);
  emitCompare(c, e.ops[n - 1]);
  c.jump(PSEUDO.JUMP, end);
  c.bind(cleanup);
  c.emit(OP.SWAP, 2);
  c.emit(OP.POP_TOP);
  c.bind(end);
}

/** CPython compiler_jump_if: jump to `target` if `e` is `cond`, without materialising a bool. */
export function compileJumpIf(c: Compiler, e: A.expr, target: Label, cond: boolean): void {
  if (e._type === 'UnaryOp' && e.op._type === 'Not') return compileJumpIf(c, e.operand, target, !cond);
  if (e._type === 'BoolOp') {
    const isOr = e.op._type === 'Or';
    const next2 = isOr !== cond ? c.label('jumpif_next') : target;
    for (let i = 0; i < e.values.length - 1; i++) compileJumpIf(c, e.values[i], next2, isOr);
    compileJumpIf(c, e.values[e.values.length - 1], target, cond);
    if (next2 !== target) c.bind(next2);
    return;
  }
  compileExpr(c, e);
  c.at(e, () => c.jump(cond ? OP.POP_JUMP_IF_TRUE : OP.POP_JUMP_IF_FALSE, target));
}

// ---- calls ----

function validateKeywords(c: Compiler, kws: A.keyword[]): void {
  const seen = new Set<string>();
  for (const k of kws) {
    if (k.arg === null) continue;
    if (seen.has(k.arg)) c.error(`keyword argument repeated: ${k.arg}`, k);
    seen.add(k.arg);
  }
}

function compileCall(c: Compiler, e: A.Call): void {
  validateKeywords(c, e.keywords);
  const f = e.func;
  const simpleArgs = !e.args.some((a) => a._type === 'Starred') && !e.keywords.some((k) => k.arg === null);
  if (f._type === 'Attribute' && f.ctx._type === 'Load' && simpleArgs) {
    // Method call: LOAD_ATTR with the method bit pushes (meth, self) or (attr, NULL).
    compileExpr(c, f.value);
    c.at(f, () => c.emit(OP.LOAD_ATTR, (c.u.addName(c.mangle(f.attr)) << 1) | 1));
  } else if (f._type === 'Name' && c.isGlobalLoad(f.id)) {
    c.at(f, () => c.emit(OP.LOAD_GLOBAL, (c.u.addName(c.mangle(f.id)) << 1) | 1));
  } else {
    compileExpr(c, f);
    c.emit(OP.PUSH_NULL);
  }
  callHelper(c, 0, e.args, e.keywords, e);
}

/** CPython compiler_call_helper: `nPushed` positional args are already on the stack. */
export function callHelper(c: Compiler, nPushed: number, args: A.expr[], keywords: A.keyword[], pos: A.Pos): void {
  const needsEx = args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
  if (!needsEx) {
    compileExprs(c, args);
    for (const k of keywords) compileExpr(c, k.value);
    c.at(pos, () => {
      if (keywords.length > 0) {
        c.loadConst({ tuple: keywords.map((k) => k.arg as string) });
        c.emit(OP.CALL_KW, nPushed + args.length + keywords.length);
      } else {
        c.emit(OP.CALL, nPushed + args.length);
      }
    });
    return;
  }
  // Positional args as one tuple. A lone `*x` is passed as it is (CPython compiler_call_helper
  // does the same): CALL_FUNCTION_EX makes the tuple and so can name the callee in its
  // "f() argument after * must be an iterable" error, which LIST_EXTEND cannot.
  const only = args.length === 1 && nPushed === 0 ? args[0] : null;
  if (only !== null && only._type === 'Starred') {
    compileExpr(c, only.value);
  } else if (args.some((a) => a._type === 'Starred')) {
    if (nPushed > 0) {
      c.emit(OP.BUILD_LIST, nPushed);
    } else {
      let i = 0;
      for (; i < args.length && args[i]._type !== 'Starred'; i++) compileExpr(c, args[i]);
      c.emit(OP.BUILD_LIST, i);
      args = args.slice(i);
    }
    for (const a of args) {
      if (a._type === 'Starred') {
        compileExpr(c, a.value);
        c.emit(OP.LIST_EXTEND, 1);
      } else {
        compileExpr(c, a);
        c.emit(OP.LIST_APPEND, 1);
      }
    }
    c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_1.INTRINSIC_LIST_TO_TUPLE);
  } else {
    compileExprs(c, args);
    c.emit(OP.BUILD_TUPLE, nPushed + args.length);
  }
  // Keyword args as one dict.
  let have = false;
  let pending: A.keyword[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    for (const k of pending) {
      c.loadConst(k.arg as string);
      compileExpr(c, k.value);
    }
    c.emit(OP.BUILD_MAP, pending.length);
    if (have) c.emit(OP.DICT_MERGE, 1);
    have = true;
    pending = [];
  };
  for (const k of keywords) {
    if (k.arg === null) {
      flush();
      if (!have) {
        c.emit(OP.BUILD_MAP, 0);
        have = true;
      }
      compileExpr(c, k.value);
      c.emit(OP.DICT_MERGE, 1);
    } else {
      pending.push(k);
    }
  }
  flush();
  c.at(pos, () => c.emit(OP.CALL_FUNCTION_EX, have ? 1 : 0));
}

// ---- f-strings ----

function compileFormattedValue(c: Compiler, e: A.FormattedValue): void {
  compileExpr(c, e.value);
  const conv = e.conversion;
  if (conv !== -1) c.emit(OP.CONVERT_VALUE, conv === 115 ? 1 : conv === 114 ? 2 : 3);
  if (e.format_spec) {
    compileExpr(c, e.format_spec);
    c.emit(OP.FORMAT_WITH_SPEC);
  } else {
    c.emit(OP.FORMAT_SIMPLE);
  }
}

function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
  if (e.values.length === 0) return c.loadConst('');
  if (e.values.length === 1 && e.values[0]._type === 'Constant') return compileExpr(c, e.values[0]);
  compileExprs(c, e.values);
  if (e.values.length > 1) c.emit(OP.BUILD_STRING, e.values.length);
}

// ---- stores and deletes ----

/** Store the value on top of the stack into `t`. */
export function compileStore(c: Compiler, t: A.expr): void {
  c.at(t, () => {
    switch (t._type) {
      case 'Name':
        return c.nameOp(t.id, 'store');
      case 'Attribute':
        compileExpr(c, t.value);
        return c.emit(OP.STORE_ATTR, c.u.addName(c.mangle(t.attr)));
      case 'Subscript':
        compileExpr(c, t.value);
        if (isTwoElementSlice(t.slice)) {
          compileSliceParts(c, t.slice);
          return c.emit(OP.STORE_SLICE);
        }
        compileExpr(c, t.slice);
        return c.emit(OP.STORE_SUBSCR);
      case 'Tuple':
      case 'List':
        return unpackInto(c, t.elts, t);
      case 'Starred':
        return c.error('starred assignment target must be in a list or tuple', t);
      default:
        return c.error(`cannot assign to ${describe(t)}`, t);
    }
  });
}

function unpackInto(c: Compiler, elts: A.expr[], node: A.Tuple | A.List): void {
  let star = -1;
  elts.forEach((x, i) => {
    if (x._type === 'Starred') {
      if (star !== -1) c.error('multiple starred expressions in assignment', node);
      star = i;
    }
  });
  if (star === -1) {
    c.emit(OP.UNPACK_SEQUENCE, elts.length);
  } else {
    const after = elts.length - star - 1;
    if (star >= 256 || after >= 1 << 16) c.error('too many expressions in star-unpacking assignment', node);
    c.emit(OP.UNPACK_EX, star | (after << 8));
  }
  for (const x of elts) compileStore(c, x._type === 'Starred' ? x.value : x);
}

export function compileDelete(c: Compiler, t: A.expr): void {
  c.at(t, () => {
    switch (t._type) {
      case 'Name':
        return c.nameOp(t.id, 'del');
      case 'Attribute':
        compileExpr(c, t.value);
        return c.emit(OP.DELETE_ATTR, c.u.addName(c.mangle(t.attr)));
      case 'Subscript':
        compileExpr(c, t.value);
        compileExpr(c, t.slice);
        return c.emit(OP.DELETE_SUBSCR);
      case 'Tuple':
      case 'List':
        for (const x of t.elts) compileDelete(c, x);
        return;
      default:
        return c.error(`cannot delete ${describe(t)}`, t);
    }
  });
}

/** Expressions with a Store/Del ctx reached through compileExpr (e.g. from Assign targets). */
function compileTargetOp(c: Compiler, e: A.Attribute | A.Subscript | A.List | A.Tuple): void {
  if (e.ctx._type === 'Store') compileStore(c, e);
  else compileDelete(c, e);
}

function describe(e: A.expr): string {
  switch (e._type) {
    case 'Call': return 'function call';
    case 'Constant': return e.value === null || typeof e.value === 'boolean' ? String(e.value === null ? 'None' : e.value ? 'True' : 'False') : 'literal';
    case 'Compare': return 'comparison';
    case 'BinOp': case 'UnaryOp': case 'BoolOp': return 'expression';
    case 'Lambda': return 'lambda';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Await': return 'await expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'GeneratorExp': return 'generator expression';
    default: return 'expression';
  }
}

/** Augmented assignment `t op= v`: load, BINARY_OP in-place, store, with no check point between. */
export function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const t = s.target;
  const op = binopArg(s.op, true);
  c.at(t, () => {
    switch (t._type) {
      case 'Name':
        c.nameOp(t.id, 'load');
        compileExpr(c, s.value);
        c.at(s, () => c.emit(OP.BINARY_OP, op));
        c.nameOp(t.id, 'store');
        return;
      case 'Attribute': {
        const ni = c.u.addName(c.mangle(t.attr));
        compileExpr(c, t.value);
        c.emit(OP.COPY, 1);
        c.emit(OP.LOAD_ATTR, ni << 1);
        compileExpr(c, s.value);
        c.at(s, () => c.emit(OP.BINARY_OP, op));
        c.emit(OP.SWAP, 2);
        c.emit(OP.STORE_ATTR, ni);
        return;
      }
      case 'Subscript':
        compileExpr(c, t.value);
        if (isTwoElementSlice(t.slice)) {
          compileSliceParts(c, t.slice);
          c.emit(OP.COPY, 3);
          c.emit(OP.COPY, 3);
          c.emit(OP.COPY, 3);
          c.emit(OP.BINARY_SLICE);
          compileExpr(c, s.value);
          c.at(s, () => c.emit(OP.BINARY_OP, op));
          c.emit(OP.SWAP, 4);
          c.emit(OP.SWAP, 3);
          c.emit(OP.SWAP, 2);
          c.emit(OP.STORE_SLICE);
        } else {
          compileExpr(c, t.slice);
          c.emit(OP.COPY, 2);
          c.emit(OP.COPY, 2);
          c.emit(OP.BINARY_SUBSCR);
          compileExpr(c, s.value);
          c.at(s, () => c.emit(OP.BINARY_OP, op));
          c.emit(OP.SWAP, 3);
          c.emit(OP.SWAP, 2);
          c.emit(OP.STORE_SUBSCR);
        }
        return;
      default:
        c.error(`'${describe(t)}' is an illegal expression for augmented assignment`, t);
    }
  });
}
