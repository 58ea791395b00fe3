// Expressions: CPython 3.11 Grammar/python.gram from `star_expressions` down to `atom`,
// plus targets (star_targets, del_targets), comprehensions, call arguments, slices and the
// parameter lists of lambda and def. Operator precedence is the grammar's rule nesting:
// disjunction > conjunction > inversion > comparison > bitwise_or > xor > and > shift > sum
// > term > factor > power > await_primary > primary > atom.

import type {
  expr, arg, arguments as Arguments, comprehension, keyword, Name, Starred, Tuple, cmpop, operator, Constant,
  expr_context,
} from './ast.ts';
import type { Token } from './tokenizer.ts';
import { ParserBase, KEYWORDS, LOAD, STORE, DEL } from './parser-base.ts';
import { parseStrings } from './string-literal.ts';
import { PySyntaxError } from './syntax-error.ts';

const CMP: Record<string, cmpop['_type']> = Object.assign(Object.create(null), { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' });
// Object.create(null): no prototype, so `TABLE['constructor']` is undefined, not a function.
const SUM: Record<string, operator['_type']> = Object.assign(Object.create(null), { '+': 'Add', '-': 'Sub' });
const TERM: Record<string, operator['_type']> = Object.assign(Object.create(null), { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' });
const SHIFT: Record<string, operator['_type']> = Object.assign(Object.create(null), { '<<': 'LShift', '>>': 'RShift' });
const OP_NODES: Record<string, { _type: string }> = {};
function opNode<T>(name: string): T {
  return (OP_NODES[name] ??= Object.freeze({ _type: name })) as T;
}

// Keywords that can begin an expression.
const EXPR_KEYWORDS = new Set(['not', 'lambda', 'await', 'None', 'True', 'False']);
const EXPR_START_OPS = new Set(['(', '[', '{', '-', '+', '~', '...']);

export class ExprParser extends ParserBase {
  /** Parses the text of an f-string replacement field; the statement parser provides it. */
  parseFStringExpr(text: string, lineOffset: number, firstColOffset: number): expr {
    void text; void lineOffset; void firstColOffset;
    throw new Error('parseFStringExpr needs the full parser');
  }

  /** Does the current token begin an expression (atom or prefix operator)? */
  startsExpr(t: Token = this.tok): boolean {
    switch (t.type) {
      case 'NAME': return !KEYWORDS.has(t.string) || EXPR_KEYWORDS.has(t.string);
      case 'NUMBER': case 'STRING': return true;
      case 'OP': return EXPR_START_OPS.has(t.string);
      default: return false;
    }
  }
  /** Can the current token begin an operand of a binary operator (a factor)? */
  startsFactor(): boolean {
    const t = this.tok;
    switch (t.type) {
      case 'NAME': return !KEYWORDS.has(t.string) || t.string === 'await' || t.string === 'None' || t.string === 'True' || t.string === 'False';
      case 'NUMBER': case 'STRING': return true;
      case 'OP': return EXPR_START_OPS.has(t.string);
      default: return false;
    }
  }

  startsStarExpr(): boolean {
    return this.startsExpr() || this.at('*');
  }

  // ---- star_expressions / expressions --------------------------------------------

  /** star_expressions: a Tuple when there is a comma. */
  starExpressions(): expr {
    const first = this.starExpression();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (!this.startsStarExpr()) break;
      elts.push(this.starExpression());
    }
    return this.span<Tuple>({ _type: 'Tuple', elts, ctx: LOAD }, first, this.prev);
  }

  starExpression(): expr {
    if (this.at('*')) {
      const star = this.next();
      const v = this.bitwiseOr();
      return this.span<Starred>({ _type: 'Starred', value: v, ctx: LOAD }, star, v);
    }
    return this.expression();
  }

  /** star_named_expression: '*' bitwise_or | named_expression */
  starNamedExpression(): expr {
    if (this.at('*')) {
      const star = this.next();
      const vStart = this.i;
      const v = this.bitwiseOr();
      this.checkForgotComma(v, vStart);
      return this.span<Starred>({ _type: 'Starred', value: v, ctx: LOAD }, star, v);
    }
    return this.namedExpression();
  }

  /** named_expression: NAME ':=' expression | expression !':=' */
  namedExpression(): expr {
    const t = this.tok;
    if (t.type === 'NAME' && !KEYWORDS.has(t.string) && this.peekAt(1).type === 'OP' && this.peekAt(1).string === ':=') {
      this.next();
      this.next();
      const target = this.span<Name>({ _type: 'Name', id: t.string, ctx: STORE }, t, t);
      const value = this.expression();
      return this.span({ _type: 'NamedExpr', target, value }, t, value);
    }
    const e = this.expression();
    if (this.at(':=')) {
      // invalid_named_expression: `expression ':=' expression`, if the right side parses
      const save = this.i;
      this.next();
      const rhs = this.speculateInvalid(() => this.expression());
      this.i = save;
      if (rhs) this.raiseRange(`cannot use assignment expressions with ${this.exprName(e)}`, e, e);
    }
    if (this.at('=')) this.invalidNamedAssign(e);
    return e;
  }

  /**
   * invalid_named_expression's '=' alternatives: `if x = 1:` and `if f() = 1:`, when the
   * right side is a bitwise_or not followed by '=' or ':='.
   */
  invalidNamedAssign(e: expr): void {
    const save = this.i;
    this.next();
    let ok = false;
    const rhs = this.speculateInvalid(() => this.bitwiseOr());
    if (rhs) ok = !this.at('=') && !this.at(':=');
    this.i = save;
    if (!ok || !rhs) return;
    if (e._type === 'Name' && !this.parenthesized.has(e)) {
      this.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs);
    }
    const bad = this.invalidTarget(e, 'star') ?? null;
    if (bad === e) this.raiseRange(`cannot assign to ${this.exprName(e)} here. Maybe you meant '==' instead of '='?`, e, e);
  }

  /** expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
  expression(withoutInvalid = false): expr {
    if (this.atKw('lambda')) return this.lambdef();
    const startIdx = this.i;
    const body = this.disjunction();
    if (this.atKw('if')) {
      this.next();
      const test = this.disjunction();
      if (!this.atKw('else')) {
        if (!this.at(':') && !withoutInvalid) this.raiseRange("expected 'else' after 'if' expression", body, test);
        this.fail();
      }
      this.next();
      const orelse = this.expression();
      return this.span({ _type: 'IfExp', test, body, orelse }, body, orelse);
    }
    if (!withoutInvalid) this.checkForgotComma(body, startIdx);
    return body;
  }

  /**
   * invalid_expression: inside brackets, an expression directly followed by another one is
   * "invalid syntax. Perhaps you forgot a comma?" (not after NAME STRING, e.g. a prefix typo).
   */
  checkForgotComma(a: expr, startIdx = -1): void {
    const t = this.tok;
    if (!this.startsExpr(t)) return;
    if (startIdx < 0) startIdx = this.toks.findIndex((x) => x.lineno === a.lineno && x.col_offset === a.col_offset);
    const first = this.toks[startIdx];
    if (first && first.type === 'NAME') {
      // !(NAME STRING | SOFT_KEYWORD). CPython compares soft keywords with strncmp over the
      // token's length, so any prefix of 'match' or 'case' (even 'c') counts as one.
      if (this.toks[startIdx + 1]?.type === 'STRING') return;
      const w = first.string;
      if (w === '_' || 'match'.startsWith(w) || 'case'.startsWith(w)) return;
    }
    if (a._type === 'Name' && (a.id === 'print' || a.id === 'exec')) return; // legacy statements
    const save = this.i;
    // b is expression_without_invalid: no invalid_expression at its top, but the rules
    // nested inside it still raise (CPython stops at the first error raised).
    const b = this.speculateInvalid(() => this.expression(true));
    // Only inside brackets (the level of b's last token); CPython still read b's tokens.
    if (b && this.prev.level > 0) this.raiseRange('invalid syntax. Perhaps you forgot a comma?', a, b);
    this.i = save;
  }


  disjunction(): expr {
    const first = this.conjunction();
    if (!this.atKw('or')) return first;
    const values = [first];
    while (this.atKw('or')) {
      const opIdx = this.i;
      this.next();
      if (!this.startsFactor() && !this.atKw('not')) {
        this.i = opIdx;
        break;
      }
      values.push(this.conjunction());
    }
    if (values.length === 1) return first;
    return this.span({ _type: 'BoolOp', op: opNode('Or'), values }, first, values[values.length - 1]);
  }

  conjunction(): expr {
    const first = this.inversion();
    if (!this.atKw('and')) return first;
    const values = [first];
    while (this.atKw('and')) {
      const opIdx = this.i;
      this.next();
      if (!this.startsFactor() && !this.atKw('not')) {
        this.i = opIdx;
        break;
      }
      values.push(this.inversion());
    }
    if (values.length === 1) return first;
    return this.span({ _type: 'BoolOp', op: opNode('And'), values }, first, values[values.length - 1]);
  }

  inversion(): expr {
    if (this.atKw('not')) {
      const t = this.next();
      const operand = this.inversion();
      return this.span({ _type: 'UnaryOp', op: opNode('Not'), operand }, t, operand);
    }
    return this.comparison();
  }

  comparison(): expr {
    const left = this.bitwiseOr();
    const ops: cmpop[] = [];
    const comparators: expr[] = [];
    for (;;) {
      const t = this.tok;
      const opIdx = this.i;
      let op: string | null = null;
      if (t.type === 'OP' && CMP[t.string]) { op = CMP[t.string]; this.next(); }
      else if (t.type === 'NAME') {
        if (t.string === 'in') { op = 'In'; this.next(); }
        else if (t.string === 'not' && this.isKw(this.peekAt(1), 'in')) { op = 'NotIn'; this.next(); this.next(); }
        else if (t.string === 'is') {
          this.next();
          if (this.eatKw('not')) op = 'IsNot';
          else op = 'Is';
        }
      }
      if (!op) break;
      if (!this.startsFactor()) {
        this.i = opIdx; // PEG: the failed pair is not part of the comparison
        break;
      }
      ops.push(opNode(op));
      comparators.push(this.bitwiseOr());
    }
    if (!ops.length) return left;
    return this.span({ _type: 'Compare', left, ops, comparators }, left, comparators[comparators.length - 1]);
  }

  // One method per precedence level (no closures: these run for every operand).
  bitwiseOr(): expr {
    let left = this.bitwiseXor();
    while (this.atOp('|')) {
      const opIdx = this.i;
      this.next();
      if (!this.startsFactor()) {
        this.i = opIdx; // PEG: a failed right operand leaves the operator unconsumed
        return left;
      }
      const right = this.bitwiseXor();
      left = this.span({ _type: 'BinOp', left, op: opNode('BitOr'), right }, left, right);
    }
    return left;
  }
  bitwiseXor(): expr {
    let left = this.bitwiseAnd();
    while (this.atOp('^')) {
      const opIdx = this.i;
      this.next();
      if (!this.startsFactor()) {
        this.i = opIdx; // PEG: a failed right operand leaves the operator unconsumed
        return left;
      }
      const right = this.bitwiseAnd();
      left = this.span({ _type: 'BinOp', left, op: opNode('BitXor'), right }, left, right);
    }
    return left;
  }
  bitwiseAnd(): expr {
    let left = this.shiftExpr();
    while (this.atOp('&')) {
      const opIdx = this.i;
      this.next();
      if (!this.startsFactor()) {
        this.i = opIdx; // PEG: a failed right operand leaves the operator unconsumed
        return left;
      }
      const right = this.shiftExpr();
      left = this.span({ _type: 'BinOp', left, op: opNode('BitAnd'), right }, left, right);
    }
    return left;
  }
  shiftExpr(): expr {
    let left = this.sum();
    for (;;) {
      const t = this.tok;
      const name = t.type === 'OP' ? SHIFT[t.string] : undefined;
      if (!name) return left;
      const opIdx = this.i;
      this.next();
      if (!this.startsFactor()) {
        this.i = opIdx; // PEG: a failed right operand leaves the operator unconsumed
        return left;
      }
      const right = this.sum();
      left = this.span({ _type: 'BinOp', left, op: opNode(name), right }, left, right);
    }
  }
  sum(): expr {
    let left = this.term();
    for (;;) {
      const t = this.tok;
      const name = t.type === 'OP' ? SUM[t.string] : undefined;
      if (!name) return left;
      const opIdx = this.i;
      this.next();
      if (!this.startsFactor()) {
        this.i = opIdx; // PEG: a failed right operand leaves the operator unconsumed
        return left;
      }
      const right = this.term();
      left = this.span({ _type: 'BinOp', left, op: opNode(name), right }, left, right);
    }
  }
  term(): expr {
    let left = this.factor();
    for (;;) {
      const t = this.tok;
      const name = t.type === 'OP' ? TERM[t.string] : undefined;
      if (!name) return left;
      const opIdx = this.i;
      this.next();
      if (!this.startsFactor()) {
        this.i = opIdx; // PEG: a failed right operand leaves the operator unconsumed
        return left;
      }
      const right = this.factor();
      left = this.span({ _type: 'BinOp', left, op: opNode(name), right }, left, right);
    }
  }
  private atOp(op: string): boolean {
    const t = this.tok;
    return t.type === 'OP' && t.string === op;
  }

  factor(): expr {
    const t = this.tok;
    if (t.type === 'OP' && (t.string === '+' || t.string === '-' || t.string === '~')) {
      this.next();
      const operand = this.factor();
      const op = t.string === '+' ? 'UAdd' : t.string === '-' ? 'USub' : 'Invert';
      return this.span({ _type: 'UnaryOp', op: opNode(op), operand }, t, operand);
    }
    return this.power();
  }

  power(): expr {
    const left = this.awaitPrimary();
    if (this.at('**')) {
      const opIdx = this.i;
      this.next();
      if (!this.startsFactor()) {
        this.i = opIdx;
        return left;
      }
      const right = this.factor();
      return this.span({ _type: 'BinOp', left, op: opNode('Pow'), right }, left, right);
    }
    return left;
  }

  awaitPrimary(): expr {
    if (this.atKw('await')) {
      const t = this.next();
      const value = this.primary();
      return this.span({ _type: 'Await', value }, t, value);
    }
    return this.primary();
  }

  primary(): expr {
    let e = this.atom();
    for (;;) {
      const t = this.tok;
      if (t.type !== 'OP') return e;
      if (t.string === '.') {
        this.next();
        const name = this.expectName();
        e = this.span({ _type: 'Attribute', value: e, attr: name.string, ctx: LOAD }, e, name);
      } else if (t.string === '(') {
        e = this.call(e);
      } else if (t.string === '[') {
        this.next();
        const slice = this.slices();
        const close = this.expect(']');
        e = this.span({ _type: 'Subscript', value: e, slice, ctx: LOAD }, e, close);
      } else return e;
    }
  }

  // ---- calls ----------------------------------------------------------------------

  call(func: expr, allowGenexp = true): expr {
    const open = this.expect('(');
    const args: expr[] = [];
    const keywords: keyword[] = [];
    let sawKeyword = false, sawDoubleStar = false;
    while (!this.at(')')) {
      const t = this.tok;
      if (t.type === 'OP' && t.string === '*') {
        if (sawDoubleStar) this.raiseAt('iterable argument unpacking follows keyword argument unpacking', t);
        this.next();
        const v = this.expression();
        args.push(this.span<Starred>({ _type: 'Starred', value: v, ctx: LOAD }, t, v));
      } else if (t.type === 'OP' && t.string === '**') {
        this.next();
        const v = this.expression();
        keywords.push(this.span<keyword>({ _type: 'keyword', arg: null, value: v }, t, v));
        sawDoubleStar = true;
      } else if (t.type === 'NAME' && !KEYWORDS.has(t.string) && this.peekAt(1).type === 'OP' && this.peekAt(1).string === '=') {
        this.next();
        this.next();
        const v = this.expression();
        keywords.push(this.span<keyword>({ _type: 'keyword', arg: t.string, value: v }, t, v));
        sawKeyword = true;
      } else if (t.type === 'NAME' && (t.string === 'True' || t.string === 'False' || t.string === 'None') && this.peekAt(1).type === 'OP' && this.peekAt(1).string === '=') {
        this.raiseRange(`cannot assign to ${t.string}`, t, t);
      } else {
        // args: (assignment_expression | expression !':=') — no invalid_named_expression here
        const e = this.argExpression();
        if (!allowGenexp && this.atComprehensionFor()) this.fail(); // class bases: `arguments` only
        if (this.atKw('for') || (this.atKw('async') && this.isKw(this.peekAt(1), 'for'))) {
          const generators = this.forIfClauses();
          if (args.length || keywords.length || !this.at(')')) {
            if (!this.at(')') && !this.at(',')) this.fail();
            this.raiseRange('Generator expression must be parenthesized', e, this.prev);
          }
          const close = this.expect(')');
          args.push(this.span({ _type: 'GeneratorExp', elt: e, generators }, open, close));
          return this.span({ _type: 'Call', func, args, keywords }, func, close);
        }
        if (this.at('=')) {
          this.raiseRange('expression cannot contain assignment, perhaps you meant "=="?', e, this.tok);
        }
        // RAISE_SYNTAX_ERROR: at the last token read, the one after the argument
        if (sawDoubleStar) this.raiseHere('positional argument follows keyword argument unpacking');
        if (sawKeyword) this.raiseHere('positional argument follows keyword argument');
        args.push(e);
      }
      if (!this.eat(',')) break;
    }
    const close = this.expect(')');
    return this.span({ _type: 'Call', func, args, keywords }, func, close);
  }

  private argExpression(): expr {
    const t = this.tok;
    if (t.type === 'NAME' && !KEYWORDS.has(t.string) && this.peekAt(1).type === 'OP' && this.peekAt(1).string === ':=') {
      return this.namedExpression();
    }
    const e = this.expression();
    if (this.at(':=')) this.fail();
    return e;
  }

  // ---- subscripts -------------------------------------------------------------------

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  slices(): expr {
    const first = this.sliceItem();
    if (!this.at(',') && first._type !== 'Starred') return first;
    const elts = [first];
    while (this.eat(',')) {
      if (this.at(']')) break;
      elts.push(this.sliceItem());
    }
    return this.span<Tuple>({ _type: 'Tuple', elts, ctx: LOAD }, first, this.prev);
  }

  private sliceItem(): expr {
    if (this.at('*')) {
      const star = this.next();
      const v = this.expression();
      return this.span<Starred>({ _type: 'Starred', value: v, ctx: LOAD }, star, v);
    }
    const startTok = this.tok;
    let lower: expr | null = null;
    if (!this.at(':')) {
      lower = this.namedExpression();
      if (!this.at(':')) return lower;
    }
    this.next(); // ':'
    let upper: expr | null = null, step: expr | null = null;
    if (!this.at(':') && !this.at(',') && !this.at(']')) upper = this.expression();
    if (this.eat(':')) {
      if (!this.at(',') && !this.at(']')) step = this.expression();
    }
    return this.span({ _type: 'Slice', lower, upper, step }, lower ?? startTok, this.prev);
  }

  // ---- atoms ------------------------------------------------------------------------

  atom(): expr {
    const t = this.tok;
    switch (t.type) {
      case 'NAME':
        if (!KEYWORDS.has(t.string)) {
          this.next();
          return this.span<Name>({ _type: 'Name', id: t.string, ctx: LOAD }, t, t);
        }
        if (t.string === 'True' || t.string === 'False' || t.string === 'None') {
          this.next();
          const value = t.string === 'None' ? null : t.string === 'True';
          return this.span<Constant>({ _type: 'Constant', value, kind: null }, t, t);
        }
        return this.fail();
      case 'NUMBER':
        this.next();
        return this.span<Constant>({ _type: 'Constant', value: parseNumber(t.string), kind: null }, t, t);
      case 'STRING': {
        const start = this.i;
        while (this.tok.type === 'STRING') this.next();
        void this.tok; // CPython has read the token after the strings when it builds them
        return parseStrings(this, this.toks.slice(start, this.i));
      }
      case 'OP':
        switch (t.string) {
          case '(': return this.parenAtom();
          case '[': return this.listAtom();
          case '{': return this.braceAtom();
          case '...':
            this.next();
            return this.span<Constant>({ _type: 'Constant', value: { ellipsis: true }, kind: null }, t, t);
        }
    }
    return this.fail();
  }

  private parenAtom(): expr {
    const open = this.next();
    if (this.at(')')) {
      const close = this.next();
      return this.span<Tuple>({ _type: 'Tuple', elts: [], ctx: LOAD }, open, close);
    }
    if (this.atKw('yield')) {
      const y = this.yieldExpr();
      const close = this.expect(')');
      this.markParens(y, open, close);
      return y;
    }
    const first = this.starNamedExpression();
    if (this.atComprehensionFor()) {
      if (first._type === 'Starred') this.raiseRange('iterable unpacking cannot be used in comprehension', first, first);
      const generators = this.forIfClauses();
      const close = this.expect(')');
      return this.span({ _type: 'GeneratorExp', elt: first, generators }, open, close);
    }
    if (this.at(')')) {
      const close = this.next();
      if (first._type === 'Starred') this.raiseRange('cannot use starred expression here', first, first);
      this.markParens(first, open, close);
      return first;
    }
    if (!this.at(',')) return this.fail();
    const elts = [first];
    while (this.eat(',')) {
      if (this.at(')')) break;
      elts.push(this.starNamedExpression());
    }
    const close = this.expect(')');
    const tuple = this.span<Tuple>({ _type: 'Tuple', elts, ctx: LOAD }, open, close);
    this.parenthesized.add(tuple);
    return tuple;
  }

  atComprehensionFor(): boolean {
    return this.atKw('for') || (this.atKw('async') && this.isKw(this.peekAt(1), 'for'));
  }

  private listAtom(): expr {
    const open = this.next();
    if (this.at(']')) {
      const close = this.next();
      return this.span({ _type: 'List', elts: [], ctx: LOAD }, open, close);
    }
    const first = this.starNamedExpression();
    if (this.atComprehensionFor()) {
      if (first._type === 'Starred') this.raiseRange('iterable unpacking cannot be used in comprehension', first, first);
      const generators = this.forIfClauses();
      const close = this.expect(']');
      return this.span({ _type: 'ListComp', elt: first, generators }, open, close);
    }
    const elts = [first];
    while (this.eat(',')) {
      if (this.at(']')) break;
      elts.push(this.starNamedExpression());
    }
    const close = this.expect(']');
    return this.span({ _type: 'List', elts, ctx: LOAD }, open, close);
  }

  private braceAtom(): expr {
    const open = this.next();
    if (this.at('}')) {
      const close = this.next();
      return this.span({ _type: 'Dict', keys: [], values: [] }, open, close);
    }
    if (this.at('**')) return this.dictRest(open, [], []);
    const first = this.starNamedExpression();
    if (this.at(':') && first._type !== 'Starred') {
      this.next();
      const value = this.dictValue();
      if (this.atComprehensionFor()) {
        const generators = this.forIfClauses();
        const close = this.expect('}');
        return this.span({ _type: 'DictComp', key: first, value, generators }, open, close);
      }
      if (!this.eat(',')) {
        const close = this.expect('}');
        return this.span({ _type: 'Dict', keys: [first], values: [value] }, open, close);
      }
      return this.dictRest(open, [first], [value]);
    }
    if (this.atComprehensionFor()) {
      if (first._type === 'Starred') this.raiseRange('iterable unpacking cannot be used in comprehension', first, first);
      const generators = this.forIfClauses();
      const close = this.expect('}');
      return this.span({ _type: 'SetComp', elt: first, generators }, open, close);
    }
    const elts = [first];
    while (this.eat(',')) {
      if (this.at('}')) break;
      elts.push(this.starNamedExpression());
    }
    const close = this.expect('}');
    return this.span({ _type: 'Set', elts }, open, close);
  }

  private dictRest(open: Token, keys: (expr | null)[], values: expr[]): expr {
    while (!this.at('}')) {
      if (this.eat('**')) {
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        const key = this.expression();
        keys.push(key);
        if (!this.at(':')) {
          // invalid_kvpair: reported from the key's last character to "-1"
          // (RAISE_ERROR_KNOWN_LOCATION with end column -1)
          const text = this.lineText(key.lineno);
          const offset = ParserBase.charOffset(text, key.end_col_offset);
          throw new PySyntaxError({ type: 'SyntaxError', msg: "':' expected after dictionary key", filename: this.filename, lineno: key.lineno, offset, end_lineno: key.end_lineno, end_offset: 0, text });
        }
        this.next(); // ':'
        values.push(this.dictValue());
      }
      if (!this.eat(',')) break;
    }
    const close = this.expect('}');
    return this.span({ _type: 'Dict', keys: keys as expr[], values }, open, close);
  }

  /** The value after `key:`, with invalid_double_starred_kvpairs' messages. */
  private dictValue(): expr {
    if (this.at('*')) {
      const star = this.next();
      const v = this.bitwiseOr();
      this.raiseRange('cannot use a starred expression in a dictionary value', star, v);
    }
    if (this.at('}') || this.at(',')) this.raiseAt("expression expected after dictionary key and ':'", this.prev);
    return this.expression();
  }

  // ---- comprehensions ---------------------------------------------------------------

  forIfClauses(): comprehension[] {
    const gens: comprehension[] = [];
    while (this.atComprehensionFor()) {
      const isAsync = this.eatKw('async') ? 1 : 0;
      this.expectKw('for');
      const target = this.starTargets();
      if (!this.atKw('in')) {
        // invalid_for_target re-reads the target as star_expressions: the last element
        // is the expression that meets the next token
        const last = target._type === 'Tuple' && !this.parenthesized.has(target) ? target.elts[target.elts.length - 1] : target;
        this.checkForgotComma(last);
        this.fail();
      }
      this.next();
      const iter = this.disjunction();
      const ifs: expr[] = [];
      while (this.eatKw('if')) ifs.push(this.disjunction());
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
    }
    return gens;
  }

  // ---- yield / lambda ------------------------------------------------------------

  yieldExpr(): expr {
    const t = this.expectKw('yield');
    if (this.eatKw('from')) {
      const value = this.expression();
      return this.span({ _type: 'YieldFrom', value }, t, value);
    }
    if (this.startsStarExpr()) {
      const value = this.starExpressions();
      return this.span({ _type: 'Yield', value }, t, value);
    }
    return this.span({ _type: 'Yield', value: null }, t, t);
  }

  lambdef(): expr {
    const t = this.expectKw('lambda');
    const args = this.parameters(':', false);
    this.expect(':');
    const body = this.expression();
    return this.span({ _type: 'Lambda', args, body }, t, body);
  }

  /**
   * parameters / lambda_parameters: the positional-only, regular, *args, keyword-only and
   * **kwargs parts, with defaults. `close` is the token that ends the list.
   */
  parameters(close: string, annotations: boolean): Arguments {
    const posonlyargs: arg[] = [], args: arg[] = [], kwonlyargs: arg[] = [];
    const defaults: expr[] = [], kw_defaults: (expr | null)[] = [];
    let vararg: arg | null = null, kwarg: arg | null = null;
    let star = false, sawDefault = false;
    const one = (allowStarAnnotation: boolean): arg => {
      const name = this.expectName();
      let annotation: expr | null = null;
      if (annotations && this.eat(':')) {
        annotation = allowStarAnnotation && this.at('*') ? this.starExpression() : this.expression();
      }
      return this.span<arg>({ _type: 'arg', arg: name.string, annotation, type_comment: null }, name, annotation ?? name);
    };
    while (!this.at(close)) {
      if (this.at('/')) {
        const slash = this.next();
        if (star || posonlyargs.length) this.raiseAt(star ? '/ must be ahead of *' : '/ may appear only once', slash);
        if (!args.length) this.raiseAt('at least one argument must precede /', slash);
        posonlyargs.push(...args);
        args.length = 0;
      } else if (this.at('**')) {
        this.next();
        kwarg = one(false);
        if (this.at('=')) this.raiseAt('var-keyword argument cannot have default value', this.tok);
        this.eat(',');
        if (!this.at(close)) this.raiseAt('arguments cannot follow var-keyword argument', this.tok);
        break;
      } else if (this.at('*')) {
        const st = this.next();
        if (star) this.raiseAt('* argument may appear only once', st);
        star = true;
        // def: at the '*' (RAISE_SYNTAX_ERROR_KNOWN_LOCATION); lambda: at the last token read
        const bare = (): never => (annotations ? this.raiseAt('named arguments must follow bare *', st) : this.raiseHere('named arguments must follow bare *'));
        if (this.at(',')) {
          if (this.peekAt(1).type === 'OP' && (this.peekAt(1).string === close || this.peekAt(1).string === '**')) bare();
        } else if (this.at(close)) {
          bare();
        } else {
          vararg = one(true);
          if (this.at('=')) this.raiseAt('var-positional argument cannot have default value', this.tok);
        }
      } else {
        const a = one(false);
        if (star) {
          kwonlyargs.push(a);
          kw_defaults.push(this.eat('=') ? this.expression() : null);
        } else {
          args.push(a);
          if (this.at('=')) {
            const eq = this.next();
            if (this.at(',') || this.at(close)) this.raiseAt('expected default value expression', eq);
            defaults.push(this.expression());
            sawDefault = true;
          } else if (sawDefault) {
            this.raiseAt('non-default argument follows default argument', a);
          }
        }
      }
      if (!this.eat(',')) break;
    }
    return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults: kw_defaults as expr[], kwarg, defaults };
  }

  // ---- targets ------------------------------------------------------------------

  /** star_targets (for-loop and comprehension targets): parsed at bitwise_or level, then checked. */
  starTargets(): expr {
    const first = this.starTargetExpr();
    let e: expr = first;
    if (this.at(',')) {
      const elts = [first];
      while (this.eat(',')) {
        if (!this.startsStarExpr() || this.atKw('in')) break;
        elts.push(this.starTargetExpr());
      }
      e = this.span<Tuple>({ _type: 'Tuple', elts, ctx: LOAD }, first, this.prev);
    }
    const bad = this.invalidTarget(e, 'star');
    if (bad) this.raiseRange(`cannot assign to ${this.exprName(bad)}`, bad, bad);
    return this.setContext(e, STORE);
  }

  starTargetExpr(): expr {
    if (this.at('*')) {
      const star = this.next();
      const v = this.starTargetExpr();
      return this.span<Starred>({ _type: 'Starred', value: v, ctx: LOAD }, star, v);
    }
    return this.bitwiseOr();
  }

  /**
   * The first sub-expression that cannot be a target (action_helpers.c
   * _PyPegen_get_invalid_target), or null when `e` is a valid target.
   */
  invalidTarget(e: expr, kind: 'star' | 'del' | 'for'): expr | null {
    switch (e._type) {
      case 'List': case 'Tuple':
        for (const x of e.elts) {
          const bad = this.invalidTarget(x, kind);
          if (bad) return bad;
        }
        return null;
      case 'Starred':
        if (kind === 'del') return e;
        return this.invalidTarget(e.value, kind);
      case 'Compare':
        // `for x in y` parsed too far: CPython points at the comparison's left side.
        if (kind === 'for' && e.ops[0]._type === 'In') return this.invalidTarget(e.left, kind);
        return e;
      case 'Name': case 'Subscript': case 'Attribute':
        return null;
      default:
        return e;
    }
  }

  /** Rewrites ctx through a target (action_helpers.c _PyPegen_set_expr_context). */
  setContext<T extends expr>(e: T, ctx: expr_context): T {
    switch (e._type) {
      case 'Name': case 'Attribute': case 'Subscript':
        e.ctx = ctx;
        break;
      case 'Starred':
        e.ctx = ctx;
        this.setContext(e.value, ctx);
        break;
      case 'List': case 'Tuple':
        e.ctx = ctx;
        for (const x of e.elts) this.setContext(x, ctx);
        break;
    }
    return e;
  }

  delTargets(): expr[] {
    const targets: expr[] = [];
    do {
      if (this.at('*')) {
        const e = this.starExpression();
        this.raiseRange(`cannot delete ${this.exprName(e)}`, e, e);
      }
      if (!this.startsExpr()) break;
      const e = this.bitwiseOr();
      const bad = this.invalidTarget(e, 'del');
      if (bad) this.raiseRange(`cannot delete ${this.exprName(bad)}`, bad, bad);
      targets.push(this.setContext(e, DEL));
    } while (this.eat(','));
    return targets;
  }
}

/** A NUMBER token's value: bigint for ints, number for floats, {complex} for imaginary. */
export function parseNumber(text: string): Constant['value'] {
  const s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 0x6a) return { complex: Number(s.slice(0, -1)) };
  if (s.length > 1 && s[0] === '0') {
    const p = s.charCodeAt(1) | 0x20;
    if (p === 0x78 || p === 0x6f || p === 0x62) return BigInt('0' + s[1].toLowerCase() + s.slice(2));
  }
  if (/[.eE]/.test(s)) return Number(s);
  return BigInt(s);
}

