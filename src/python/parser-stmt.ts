// Statements: CPython 3.11 Grammar/python.gram from `file` down to simple and compound
// statements and blocks (match and type parameters are out of scope), with the invalid_*
// rules that give the common mistakes their specific messages (invalid_assignment,
// invalid_block and the "expected an indented block after ..." family, expected ':', ...).

import type {
  expr, stmt, Module, alias, withitem, ExceptHandler, arguments as Arguments, Name, Tuple,
} from './ast.ts';
import type { Token } from './tokenizer.ts';
import { tokenize } from './tokenizer.ts';
import { ExprParser } from './parser-expr.ts';
import { STORE, LOAD } from './parser-base.ts';
import { PySyntaxError } from './syntax-error.ts';

const AUG_OPS: Record<string, string> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};
const AUG_NODES: Record<string, { _type: string }> = {};

const COMPOUND = new Set(['def', 'if', 'class', 'with', 'for', 'try', 'while']);

export class Parser extends ExprParser {
  fileInput(): Module {
    const body: stmt[] = [];
    while (this.tok.type !== 'ENDMARKER') {
      if (this.tok.type === 'EOF_IN_BRACKET') this.fail();
      this.statement(body);
    }
    return { _type: 'Module', body, type_ignores: [] };
  }

  /** eval: expressions NEWLINE* ENDMARKER, the start rule of eval() and compile(..., 'eval');
   *  expressions is a Tuple when there is a comma. */
  evalInput(): expr {
    const first = this.expression();
    let e = first;
    if (this.at(',')) {
      const elts = [first];
      while (this.eat(',')) {
        if (!this.startsExpr()) break;
        elts.push(this.expression());
      }
      e = this.span<Tuple>({ _type: 'Tuple', elts, ctx: LOAD }, first, this.prev);
    }
    while (this.tok.type === 'NEWLINE') this.next();
    if (this.tok.type !== 'ENDMARKER') this.fail();
    return e;
  }

  /** statement: compound_stmt | simple_stmts; appends to `out`. */
  statement(out: stmt[]): void {
    const t = this.tok;
    if (t.type === 'INDENT') this.unexpectedIndent(t);
    if (t.type === 'NAME' && (COMPOUND.has(t.string) || (t.string === 'async' && this.isCompoundAsync()))) {
      out.push(this.compound());
      return;
    }
    if (t.type === 'OP' && t.string === '@') {
      out.push(this.decorated());
      return;
    }
    this.simpleStmts(out);
  }

  private isCompoundAsync(): boolean {
    const n = this.peekAt(1);
    return n.type === 'NAME' && (n.string === 'def' || n.string === 'with' || n.string === 'for');
  }

  private unexpectedIndent(t: Token): never {
    // CPython: the INDENT token has no column; it reports the tokenizer's position, the
    // first character after the indentation, without the usual +1 (pegen_errors.c).
    const text = this.lineText(t.lineno);
    const ind = /^[ \t\f]*/.exec(text)![0].length;
    throw this.finalError({ type: 'IndentationError', msg: 'unexpected indent', filename: this.filename, lineno: t.lineno, offset: ind, end_lineno: t.lineno, end_offset: -1, text });
  }

  // ---- simple statements ------------------------------------------------------------

  simpleStmts(out: stmt[]): void {
    out.push(this.simpleStmt());
    while (this.eat(';')) {
      if (this.tok.type === 'NEWLINE') break;
      out.push(this.simpleStmt());
    }
    if (this.tok.type !== 'NEWLINE') this.fail();
    this.next();
  }

  simpleStmt(): stmt {
    const t = this.tok;
    if (t.type === 'NAME') {
      switch (t.string) {
        case 'pass': this.next(); return this.span({ _type: 'Pass' }, t, t);
        case 'break': this.next(); return this.span({ _type: 'Break' }, t, t);
        case 'continue': this.next(); return this.span({ _type: 'Continue' }, t, t);
        case 'return': {
          this.next();
          const value = this.startsStarExpr() ? this.starExpressions() : null;
          return this.span({ _type: 'Return', value }, t, value ?? t);
        }
        case 'raise': {
          this.next();
          let exc: expr | null = null, cause: expr | null = null;
          if (this.startsExpr()) {
            exc = this.expression();
            if (this.eatKw('from')) cause = this.expression();
          }
          return this.span({ _type: 'Raise', exc, cause }, t, cause ?? exc ?? t);
        }
        case 'global': case 'nonlocal': {
          this.next();
          const names: string[] = [];
          do names.push(this.expectName().string); while (this.eat(','));
          return this.span({ _type: t.string === 'global' ? 'Global' : 'Nonlocal', names } as stmt, t, this.prev);
        }
        case 'del': {
          this.next();
          const targets = this.delTargets();
          if (!targets.length) this.fail();
          if (!this.at(';') && this.tok.type !== 'NEWLINE') {
            // invalid_del_stmt: re-read as star_expressions to name the bad target
            this.fail();
          }
          return this.span({ _type: 'Delete', targets }, t, this.prev);
        }
        case 'assert': {
          this.next();
          const test = this.expression();
          const msg = this.eat(',') ? this.expression() : null;
          return this.span({ _type: 'Assert', test, msg }, t, msg ?? test);
        }
        case 'import': return this.importName();
        case 'from': return this.importFrom();
      }
    }
    return this.exprStmt();
  }

  private importName(): stmt {
    const t = this.next();
    const names: alias[] = [];
    do {
      const start = this.tok;
      const name = this.dottedName();
      let asname: string | null = null;
      if (this.eatKw('as')) asname = this.expectName().string;
      names.push(this.span<alias>({ _type: 'alias', name, asname }, start, this.prev));
    } while (this.eat(','));
    return this.span({ _type: 'Import', names }, t, this.prev);
  }

  private dottedName(): string {
    let name = this.expectName().string;
    while (this.at('.') && this.peekAt(1).type === 'NAME') {
      this.next();
      name += '.' + this.expectName().string;
    }
    return name;
  }

  private importFrom(): stmt {
    const t = this.next();
    let level = 0;
    while (this.at('.') || this.at('...')) level += this.next().string.length;
    let module: string | null = null;
    if (!this.atKw('import')) module = this.dottedName();
    this.expectKw('import');
    const names: alias[] = [];
    if (this.at('*')) {
      const star = this.next();
      names.push(this.span<alias>({ _type: 'alias', name: '*', asname: null }, star, star));
    } else {
      const paren = this.eat('(');
      do {
        if (paren && this.at(')')) break;
        const start = this.expectName();
        let asname: string | null = null;
        if (this.eatKw('as')) asname = this.expectName().string;
        names.push(this.span<alias>({ _type: 'alias', name: start.string, asname }, start, this.prev));
        if (!paren && this.at(',') && this.peekAt(1).type === 'NEWLINE') {
          this.next();
          this.raiseHere('trailing comma not allowed without surrounding parentheses');
        }
      } while (this.eat(','));
      if (paren) this.expect(')');
    }
    return this.span({ _type: 'ImportFrom', module, names, level }, t, this.prev);
  }

  /** assignment | star_expressions, with invalid_assignment's messages. */
  private exprStmt(): stmt {
    const first = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
    const t = this.tok;
    if (t.type === 'OP') {
      if (t.string === '=') return this.assignment(first);
      if (t.string === ':') return this.annAssign(first);
      const aug = AUG_OPS[t.string];
      if (aug) {
        if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
          this.raiseRange(`'${this.exprName(first)}' is an illegal expression for augmented assignment`, first, first);
        }
        this.next();
        const value = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
        const op = (AUG_NODES[aug] ??= Object.freeze({ _type: aug }));
        return this.span({ _type: 'AugAssign', target: this.setContext(first, STORE), op, value } as stmt, first, value);
      }
    }
    if (this.at(':=')) {
      // invalid_named_expression: `f() := 1` as a statement (the element before ':=')
      const a = first._type === 'Tuple' && !this.parenthesized.has(first) ? first.elts[first.elts.length - 1] : first;
      if (a._type !== 'Name' || this.parenthesized.has(a)) {
        const save = this.i;
        this.next();
        const rhs = this.speculateInvalid(() => this.expression());
        this.i = save;
        if (rhs) this.raiseRange(`cannot use assignment expressions with ${this.exprName(a)}`, a, a);
      }
    }
    this.checkLegacy(first);
    return this.span({ _type: 'Expr', value: first }, first, first);
  }

  /** invalid_legacy_expression: `print x` and `exec x`. */
  private checkLegacy(e: expr): void {
    if (e._type !== 'Name' || (e.id !== 'print' && e.id !== 'exec') || !this.startsStarExpr()) return;
    const b = this.speculateInvalid(() => this.starExpressions());
    if (b) this.raiseRange(`Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`, e, b);
  }

  private assignment(first: expr): stmt {
    const targets: expr[] = [first];
    let value: expr;
    const firstEq = this.tok;
    for (;;) {
      this.next(); // '='
      if (!this.atKw('yield') && !this.startsStarExpr()) {
        // invalid_assignment matches `target =` even with nothing after it
        for (const tg of targets) {
          const bad = this.invalidTarget(tg, 'star');
          if (bad) this.raiseRange(`cannot assign to ${this.exprName(bad)}`, bad, bad);
        }
        this.fail();
      }
      const rhs = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
      if (!this.at('=')) {
        value = rhs;
        break;
      }
      targets.push(rhs);
    }
    for (const tg of targets) {
      if (tg._type === 'Yield' || tg._type === 'YieldFrom') this.raiseRange('assignment to yield expression not possible', tg, tg);
      const bad = this.invalidTarget(tg, 'star');
      if (!bad) continue;
      if (tg === first && targets.length === 1) this.maybeAssignHere(first, bad, firstEq);
      this.raiseRange(`cannot assign to ${this.exprName(bad)}`, bad, bad);
    }
    for (const tg of targets) this.setContext(tg, STORE);
    return this.span({ _type: 'Assign', targets, value, type_comment: null }, first, value);
  }

  /**
   * invalid_named_expression's third alternative: `f() = 1` gets "... here. Maybe you meant
   * '==' instead of '='?" when the bad target is the expression right before the only '='.
   */
  private maybeAssignHere(first: expr, bad: expr, eq: Token): void {
    const last = first._type === 'Tuple' && !this.parenthesized.has(first) ? first.elts[first.elts.length - 1] : first;
    if (last !== bad) return;
    switch (bad._type) {
      case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Starred':
      case 'Tuple': case 'List': case 'GeneratorExp': case 'Yield': case 'YieldFrom':
        if (!this.parenthesized.has(bad) || bad._type === 'Tuple' || bad._type === 'GeneratorExp' || bad._type === 'List') return;
        break;
      case 'UnaryOp':
        if (bad.op._type === 'Not' && !this.parenthesized.has(bad)) return;
        break;
      case 'Constant':
        if ((bad.value === null || bad.value === true || bad.value === false) && !this.parenthesized.has(bad)) return;
        break;
    }
    // the right-hand side must be a bitwise_or not followed by '=' or ':='
    const save = this.i;
    this.i = this.toks.indexOf(eq) + 1;
    const ok = this.speculateInvalid(() => (this.bitwiseOr(), !this.at('=') && !this.at(':=')));
    this.i = save;
    if (ok) this.raiseRange(`cannot assign to ${this.exprName(bad)} here. Maybe you meant '==' instead of '='?`, bad, bad);
  }

  private annAssign(target: expr): stmt {
    const valid = (target._type === 'Name' || target._type === 'Attribute' || target._type === 'Subscript');
    if (!valid) {
      // invalid_assignment's annotation alternatives need an expression after the ':'
      const save = this.i;
      this.next();
      const ok = this.speculateInvalid(() => this.expression()) !== null;
      this.i = save;
      if (!ok) this.fail();
    }
    if (target._type === 'Tuple' || target._type === 'List') {
      const what = target._type === 'Tuple' ? 'tuple' : 'list';
      const where = target._type === 'Tuple' && !this.parenthesized.has(target) ? target.elts[0] : target;
      this.raiseRange(`only single target (not ${what}) can be annotated`, where, where);
    }
    if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') {
      this.raiseRange('illegal target for annotation', target, target);
    }
    this.next(); // ':'
    const annotation = this.expression();
    let value: expr | null = null;
    if (this.eat('=')) value = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
    const simple = target._type === 'Name' && !this.parenthesized.has(target) ? 1 : 0;
    return this.span({ _type: 'AnnAssign', target: this.setContext(target, STORE), annotation, value, simple }, target, value ?? annotation);
  }

  // ---- blocks -------------------------------------------------------------------------

  /** ':' block, with "expected ':'" and "expected an indented block after ..." */
  /**
   * ':' block. `forced` is the grammar's &&':' (def, for, try, else, finally): any other token
   * there is "expected ':'" at that token. Elsewhere only a NEWLINE gets that message
   * (invalid_if_stmt and friends); anything else is invalid syntax.
   */
  private colonBlock(what: string, head: Token, forced = false): stmt[] {
    if (!this.at(':')) {
      if (forced) this.raiseAt("expected ':'", this.tok);
      if (this.tok.type === 'NEWLINE') this.raiseHere("expected ':'");
      this.fail();
    }
    this.next();
    return this.block(what, head);
  }

  block(what: string, head: Token): stmt[] {
    if (this.tok.type === 'NEWLINE') {
      this.next();
      if (this.peekAt(0).type !== 'INDENT') {
        this.raiseAt(`expected an indented block after ${what} on line ${head.lineno}`, this.blockErrorToken(), 'IndentationError');
      }
      this.next();
      const body: stmt[] = [];
      while (this.peekAt(0).type !== 'DEDENT' && this.peekAt(0).type !== 'ENDMARKER') {
        if (this.peekAt(0).type === 'EOF_IN_BRACKET') this.fail();
        this.statement(body);
      }
      this.next();
      return body;
    }
    const body: stmt[] = [];
    this.simpleStmts(body);
    return body;
  }

  /** The token CPython reports a missing indented block at: the one after the NEWLINE. */
  private blockErrorToken(): Token {
    return this.toks[this.i];
  }

  /**
   * Where a compound statement ends: its last token that is not NEWLINE/INDENT/DEDENT
   * (pegen.c _PyPegen_get_last_nonnwhitespace_token), so `x = 1;` ends after the ';'.
   */
  private lastEnd(): Token {
    let k = this.i - 1;
    while (k > 0) {
      const ty = this.toks[k].type;
      if (ty !== 'NEWLINE' && ty !== 'INDENT' && ty !== 'DEDENT') break;
      k--;
    }
    return this.toks[k];
  }

  // ---- compound statements -----------------------------------------------------------

  private compound(): stmt {
    const t = this.tok;
    if (t.string === 'async') {
      const kw = this.peekAt(1).string;
      this.next();
      const s = kw === 'def' ? this.funcDef([], t) : kw === 'with' ? this.withStmt(t) : this.forStmt(t);
      return s;
    }
    switch (t.string) {
      case 'def': return this.funcDef([], null);
      case 'class': return this.classDef([]);
      case 'if': return this.ifStmt();
      case 'while': return this.whileStmt();
      case 'for': return this.forStmt(null);
      case 'with': return this.withStmt(null);
      case 'try': return this.tryStmt();
    }
    return this.fail();
  }

  private decorated(): stmt {
    const decorators: expr[] = [];
    while (this.eat('@')) {
      decorators.push(this.namedExpression());
      if (this.tok.type !== 'NEWLINE') this.fail();
      this.next();
    }
    if (this.atKw('def')) return this.funcDef(decorators, null);
    if (this.atKw('class')) return this.classDef(decorators);
    if (this.atKw('async') && this.isKw(this.peekAt(1), 'def')) {
      const a = this.next();
      return this.funcDef(decorators, a);
    }
    return this.fail();
  }

  private funcDef(decorator_list: expr[], asyncTok: Token | null): stmt {
    const d = this.expectKw('def');
    const name = this.expectName();
    if (!this.at('(')) this.raiseAt("expected '('", this.tok);
    this.next();
    const args: Arguments = this.parameters(')', true);
    this.expect(')');
    let returns: expr | null = null;
    if (this.at('->')) {
      // ['->' expression] is optional: when no expression follows, the forced ':' is
      // reported at the '->'
      if (!this.startsExpr(this.peekAt(1))) this.raiseAt("expected ':'", this.tok);
      this.next();
      returns = this.expression();
    }
    const body = this.colonBlock('function definition', d, true);
    const start = asyncTok ?? d;
    return this.span({ _type: asyncTok ? 'AsyncFunctionDef' : 'FunctionDef', name: name.string, args, body, decorator_list, returns, type_comment: null } as stmt, start, this.lastEnd());
  }

  private classDef(decorator_list: expr[]): stmt {
    const c = this.expectKw('class');
    const name = this.expectName();
    let bases: expr[] = [], keywords: import('./ast.ts').keyword[] = [];
    if (this.at('(')) {
      const call = this.call(this.span<Name>({ _type: 'Name', id: name.string, ctx: LOAD }, name, name), false);
      if (call._type === 'Call') {
        bases = call.args;
        keywords = call.keywords;
      }
    }
    const body = this.colonBlock('class definition', c);
    return this.span({ _type: 'ClassDef', name: name.string, bases, keywords, body, decorator_list }, c, this.lastEnd());
  }

  private ifStmt(): stmt {
    const t = this.next(); // 'if' or 'elif'
    const test = this.condition();
    const body = this.colonBlock(`'${t.string}' statement`, t);
    let orelse: stmt[] = [];
    if (this.atKw('elif')) {
      orelse = [this.ifStmt()];
    } else if (this.atKw('else')) {
      orelse = this.elseBlock();
    }
    return this.span({ _type: 'If', test, body, orelse }, t, this.lastEnd());
  }

  /** named_expression in if/elif/while, with invalid_named_expression's '=' messages. */
  private condition(): expr {
    return this.namedExpression();
  }

  private elseBlock(): stmt[] {
    const e = this.next();
    return this.colonBlock("'else' statement", e, true);
  }

  private whileStmt(): stmt {
    const t = this.next();
    const test = this.condition();
    const body = this.colonBlock("'while' statement", t);
    const orelse = this.atKw('else') ? this.elseBlock() : [];
    return this.span({ _type: 'While', test, body, orelse }, t, this.lastEnd());
  }

  private forStmt(asyncTok: Token | null): stmt {
    const t = this.expectKw('for');
    const target = this.forTarget();
    this.expectKw('in');
    const iter = this.starExpressions();
    const body = this.colonBlock("'for' statement", t);
    const orelse = this.atKw('else') ? this.elseBlock() : [];
    return this.span({ _type: asyncTok ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null } as stmt, asyncTok ?? t, this.lastEnd());
  }

  /** for-loop star_targets; invalid_for_target names the bad target. */
  private forTarget(): expr {
    return this.starTargets();
  }

  private withStmt(asyncTok: Token | null): stmt {
    const t = this.expectKw('with');
    let items: withitem[] | null = null;
    if (this.at('(')) {
      // 'with' '(' ','.with_item+ ','? ')' ':' — tried first, as in the grammar.
      const save = this.i;
      try {
        this.next();
        const list: withitem[] = [];
        do {
          if (this.at(')')) break;
          list.push(this.withItem());
        } while (this.eat(','));
        this.expect(')');
        if (!this.at(':')) throw new Error('backtrack');
        items = list;
      } catch (e) {
        if (this.final.has(e as object)) throw e;
        // not the parenthesised form: re-read as `with expr [as target], ...`
        this.i = save;
        items = null;
      }
    }
    if (!items) {
      items = [];
      do items.push(this.withItem()); while (this.eat(','));
    }
    const body = this.colonBlock("'with' statement", t);
    return this.span({ _type: asyncTok ? 'AsyncWith' : 'With', items, body, type_comment: null } as stmt, asyncTok ?? t, this.lastEnd());
  }

  private withItem(): withitem {
    const context_expr = this.expression();
    let optional_vars: expr | null = null;
    if (this.eatKw('as')) {
      const tg = this.starTargetSingle();
      optional_vars = tg;
    }
    return { _type: 'withitem', context_expr, optional_vars };
  }

  /** star_target after `as` in a with item. */
  private starTargetSingle(): expr {
    const e = this.starTargetExpr();
    const bad = this.invalidTarget(e, 'star');
    if (bad) this.raiseRange(`cannot assign to ${this.exprName(bad)}`, bad, bad);
    return this.setContext(e, STORE);
  }

  private tryStmt(): stmt {
    const t = this.next();
    const body = this.colonBlock("'try' statement", t, true);
    const handlers: ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.atKw('except')) {
      const ex = this.next();
      const isStar = !!this.eat('*');
      if (star !== null && star !== isStar) {
        this.raiseRange("cannot have both 'except' and 'except*' on the same 'try'", ex, ex);
      }
      star = isStar;
      let type: expr | null = null, name: string | null = null;
      if (this.tok.type === 'NEWLINE') this.raiseHere("expected ':'");
      if (!this.at(':') || isStar) {
        type = this.expression();
        if (this.at(',')) {
          const save = this.i;
          this.next();
          const more = this.startsExpr() ? this.expression() : null;
          if (more && (this.at(':') || this.atKw('as'))) this.raiseRange('multiple exception types must be parenthesized', type, more);
          this.i = save;
          this.fail();
        }
        if (this.eatKw('as')) name = this.expectName().string;
      }
      const hbody = this.colonBlock(isStar ? "'except*' statement" : "'except' statement", ex);
      handlers.push(this.span<ExceptHandler>({ _type: 'ExceptHandler', type, name, body: hbody }, ex, this.lastEnd()));
    }
    let orelse: stmt[] = [], finalbody: stmt[] = [];
    if (handlers.length && this.atKw('else')) orelse = this.elseBlock();
    if (this.atKw('finally')) {
      const f = this.next();
      finalbody = this.colonBlock("'finally' statement", f, true);
    }
    if (!handlers.length && !finalbody.length) this.raiseHere("expected 'except' or 'finally' block");
    return this.span({ _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody } as stmt, t, this.lastEnd());
  }

  // ---- f-string expressions ---------------------------------------------------------

  override parseFStringExpr(text: string, lineOffset: number, firstColOffset: number): expr {
    try {
      const tr = tokenize(text, { filename: this.filename, lineOffset, firstLineColOffset: firstColOffset });
      const sub = new Parser(tr, this.filename);
      sub.lineOffset = lineOffset;
      sub.errColShift = firstColOffset;
      const e = sub.starExpressions();
      if (sub.tok.type !== 'NEWLINE' && sub.tok.type !== 'ENDMARKER') sub.fail();
      return e;
    } catch (err) {
      if (err instanceof PySyntaxError && !err.msg.startsWith('f-string')) {
        err.msg = 'f-string: ' + err.msg;
      }
      throw err;
    }
  }
}

