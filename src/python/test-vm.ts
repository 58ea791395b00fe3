// A deliberately small reference interpreter for CodeUnits, used only by the compiler's
// tests: it runs compiled programs over plain JS values so compiler output can be checked
// against python3's printed output before (and independently of) the real VM in src/vm.
// It implements the opcode contract of opcodes.ts literally (stack layouts, exception table
// unwinding with lasti, SEND/YIELD_VALUE/CLEANUP_THROW, the call's self_or_null slot) for a
// subset of Python's object model: int, float, str, bool, None, list, tuple, dict (str/int
// keys), functions, closures, generators, simple classes with single inheritance, exceptions.

import { type CodeUnit, type Const, isCodeUnit, constKind, localsplusNames, instrOp, instrArg, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from './code.ts';
import { OP, BINARY_OPS } from './opcodes.ts';
import { handlerFor } from './assemble.ts';
import { constRepr } from './dis.ts';

type V = null | boolean | bigint | number | string | Obj;
interface Cell { t: 'cell'; v: V | undefined }
type Obj =
  | { t: 'list'; items: V[] }
  | { t: 'tuple'; items: V[] }
  | { t: 'dict'; map: Map<string, [V, V]> }
  | { t: 'func'; code: CodeUnit; globals: Map<string, V>; defaults: V[]; kwdefaults: Map<string, V>; closure: Cell[]; name: string; doc: V }
  | { t: 'builtin'; name: string; fn: (args: V[], kw: Map<string, V>) => V }
  | { t: 'class'; name: string; base: Extract<Obj, { t: 'class' }> | null; dict: Map<string, V>; exc: boolean }
  | { t: 'inst'; cls: Extract<Obj, { t: 'class' }>; dict: Map<string, V> }
  | { t: 'method'; fn: V; self: V }
  | { t: 'gen'; frame: Frame; done: boolean; running: boolean }
  | { t: 'iter'; next: () => V | typeof STOP }
  | { t: 'slice'; a: V; b: V; c: V }
  | { t: 'module'; dict: Map<string, V> }
  | Cell;
type Cls = Extract<Obj, { t: 'class' }>;
const STOP = Symbol('stop');
const NULL = undefined;

export class PyExc extends Error {
  constructor(readonly exc: Extract<Obj, { t: 'inst' }>) {
    super('python exception');
  }
}

interface Frame {
  code: CodeUnit;
  ip: number;
  stack: (V | undefined)[];
  fast: (V | Cell | undefined)[];
  globals: Map<string, V>;
  locals: Map<string, V> | null;
  func: Extract<Obj, { t: 'func' }> | null;
}

function mkClass(name: string, base: Cls | null, exc = false): Cls {
  return { t: 'class', name, base, dict: new Map(), exc: exc || (base?.exc ?? false) };
}

export class TestVM {
  out: string[] = [];
  readonly builtins = new Map<string, V>();
  readonly E: Record<string, Cls> = {};
  excInfo: V = null;
  steps = 0;

  constructor() {
    const base = mkClass('BaseException', null, true);
    this.E.BaseException = base;
    const ex = (n: string, b: string) => (this.E[n] = mkClass(n, this.E[b]));
    ex('Exception', 'BaseException');
    ex('GeneratorExit', 'BaseException');
    for (const n of ['ValueError', 'TypeError', 'KeyError', 'IndexError', 'ZeroDivisionError', 'StopIteration', 'RuntimeError', 'NameError', 'AssertionError', 'AttributeError', 'LookupError', 'ArithmeticError']) ex(n, 'Exception');
    ex('UnboundLocalError', 'NameError');
    ex('StopAsyncIteration', 'Exception');
    ex('ExceptionGroup', 'Exception');
    for (const [k, v] of Object.entries(this.E)) this.builtins.set(k, v);
    const b = (name: string, fn: (args: V[], kw: Map<string, V>) => V) => this.builtins.set(name, { t: 'builtin', name, fn });
    b('print', (a, kw) => {
      const sep = kw.has('sep') ? this.str(kw.get('sep')!) : ' ';
      const end = kw.has('end') ? this.str(kw.get('end')!) : '\n';
      this.out.push(a.map((x) => this.str(x)).join(sep) + end);
      return null;
    });
    b('range', (a) => {
      const [lo, hi, st] = a.length === 1 ? [0n, a[0] as bigint, 1n] : [a[0] as bigint, a[1] as bigint, (a[2] ?? 1n) as bigint];
      let i = lo;
      return { t: 'iter', next: () => ((st > 0n ? i < hi : i > hi) ? ((i += st), i - st) : STOP) };
    });
    b('len', (a) => BigInt(this.seq(a[0]).length));
    b('list', (a) => ({ t: 'list', items: a.length ? this.toArray(a[0]) : [] }));
    b('tuple', (a) => ({ t: 'tuple', items: a.length ? this.toArray(a[0]) : [] }));
    b('str', (a) => this.str(a[0]));
    b('repr', (a) => this.repr(a[0]));
    b('iter', (a) => this.iter(a[0]));
    b('next', (a) => {
      const g = a[0] as Obj;
      if (g.t === 'gen' && a.length === 1) return this.genResult(this.genSend(g, null));
      const v = this.next(a[0]);
      if (v === STOP) {
        if (a.length > 1) return a[1];
        throw this.exc('StopIteration');
      }
      return v;
    });
    b('isinstance', (a) => this.isinstance(a[0], a[1] as Cls));
    b('sorted', (a) => ({ t: 'list', items: this.toArray(a[0]).sort((x, y) => (this.lt(x, y) ? -1 : this.lt(y, x) ? 1 : 0)) }));
    b('sum', (a) => this.toArray(a[0]).reduce((s, x) => this.binop(0, s, x), 0n as V));
    b('type', (a) => this.typeOf(a[0]));
    b('super', () => this.zeroArgSuper());
    b('__build_class__', (a, kw) => this.buildClass(a, kw));
    b('object', null as never);
    this.builtins.set('object', mkClass('object', null));
  }

  // ---- helpers ----
  exc(name: string, msg?: string): PyExc {
    return new PyExc({ t: 'inst', cls: this.E[name], dict: new Map<string, V>([['args', { t: 'tuple', items: msg === undefined ? [] : [msg] }]]) });
  }
  typeOf(v: V): V {
    if (v !== null && typeof v === 'object' && v.t === 'inst') return v.cls;
    return { t: 'builtin', name: typeof v, fn: () => null };
  }
  isinstance(v: V, c: Cls | Extract<Obj, { t: 'tuple' }>): boolean {
    if (c.t === 'tuple') return c.items.some((x) => this.isinstance(v, x as Cls));
    if (v === null || typeof v !== 'object' || v.t !== 'inst') return false;
    for (let k: Cls | null = v.cls; k; k = k.base) if (k === c) return true;
    return false;
  }
  seq(v: V): V[] {
    if (typeof v === 'string') return [...v];
    if (v !== null && typeof v === 'object' && (v.t === 'list' || v.t === 'tuple')) return v.items;
    if (v !== null && typeof v === 'object' && v.t === 'dict') return [...v.map.values()].map((e) => e[0]);
    throw this.exc('TypeError', 'not a sequence');
  }
  toArray(v: V): V[] {
    const it = this.iter(v);
    const out: V[] = [];
    for (let x = this.next(it); x !== STOP; x = this.next(it)) out.push(x);
    return out;
  }
  iter(v: V): V {
    if (v !== null && typeof v === 'object' && (v.t === 'iter' || v.t === 'gen')) return v;
    const items = this.seq(v);
    let i = 0;
    return { t: 'iter', next: () => (i < items.length ? items[i++] : STOP) };
  }
  next(it: V): V | typeof STOP {
    const o = it as Obj;
    if (o.t === 'iter') return o.next();
    if (o.t === 'gen') {
      const r = this.genSend(o, null);
      return r.done ? STOP : r.value;
    }
    throw this.exc('TypeError', 'not an iterator');
  }
  key(v: V): string {
    return typeof v + ':' + this.repr(v);
  }
  truthy(v: V): boolean {
    if (v === null || v === false || v === 0n || v === 0 || v === '') return false;
    if (typeof v === 'object' && (v.t === 'list' || v.t === 'tuple')) return v.items.length > 0;
    if (typeof v === 'object' && v.t === 'dict') return v.map.size > 0;
    return true;
  }
  repr(v: V): string {
    if (v === null) return 'None';
    if (v === true) return 'True';
    if (v === false) return 'False';
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(1) : String(v);
    if (typeof v === 'string') return constRepr(v);
    switch (v.t) {
      case 'list': return '[' + v.items.map((x) => this.repr(x)).join(', ') + ']';
      case 'tuple': return v.items.length === 1 ? `(${this.repr(v.items[0])},)` : '(' + v.items.map((x) => this.repr(x)).join(', ') + ')';
      case 'dict': return '{' + [...v.map.values()].map(([k, x]) => this.repr(k) + ': ' + this.repr(x)).join(', ') + '}';
      case 'inst':
        if (v.cls.exc) {
          const args = (v.dict.get('args') as Extract<Obj, { t: 'tuple' }>).items;
          return `${v.cls.name}(${args.map((x) => this.repr(x)).join(', ')})`;
        }
        return `<${v.cls.name} object>`;
      case 'class': return `<class '${v.name}'>`;
      case 'func': return `<function ${v.code.qualname}>`;
      default: return `<${v.t}>`;
    }
  }
  str(v: V): string {
    if (typeof v === 'string') return v;
    if (v !== null && typeof v === 'object' && v.t === 'inst' && v.cls.exc) {
      const args = (v.dict.get('args') as Extract<Obj, { t: 'tuple' }>).items;
      if (v.cls === this.E.KeyError && args.length === 1) return this.repr(args[0]);
      return args.length === 0 ? '' : args.length === 1 ? this.str(args[0]) : this.repr({ t: 'tuple', items: args });
    }
    if (v !== null && typeof v === 'object' && v.t === 'inst') {
      const m = this.lookup(v.cls, '__str__') ?? this.lookup(v.cls, '__repr__');
      if (m) return this.call(m, [v]) as string;
    }
    return this.repr(v);
  }
  lookup(c: Cls, name: string): V | undefined {
    for (let k: Cls | null = c; k; k = k.base) if (k.dict.has(name)) return k.dict.get(name);
    return undefined;
  }
  lt(a: V, b: V): boolean {
    return this.truthy(this.compare(0, a, b));
  }
  num(v: V): bigint | number {
    if (typeof v === 'boolean') return v ? 1n : 0n;
    return v as bigint | number;
  }
  binop(op: number, a: V, b: V): V {
    const k = op >= 13 ? op - 13 : op;
    if (k === 0 && typeof a === 'string' && typeof b === 'string') return a + b;
    if (k === 0 && a !== null && typeof a === 'object' && a.t === 'list' && b !== null && typeof b === 'object' && b.t === 'list') {
      if (op >= 13) {
        a.items.push(...b.items);
        return a;
      }
      return { t: 'list', items: [...a.items, ...b.items] };
    }
    if (k === 5 && typeof a === 'string' && typeof b === 'bigint') return a.repeat(Number(b));
    if (k === 6 && typeof a === 'string') return a.replace('%s', this.str(b)).replace('%d', this.str(b));
    if (a !== null && typeof a === 'object' && a.t === 'inst') {
      const name = ['__add__', '__and__', '__floordiv__', '__lshift__', '__matmul__', '__mul__', '__mod__', '__or__', '__pow__', '__rshift__', '__sub__', '__truediv__', '__xor__'][k];
      const m = this.lookup(a.cls, name);
      if (m) return this.call(m, [a, b]);
    }
    let x = this.num(a);
    let y = this.num(b);
    if (typeof x !== typeof y) {
      x = Number(x);
      y = Number(y);
    }
    if (typeof x === 'bigint' && typeof y === 'bigint') {
      switch (k) {
        case 0: return x + y;
        case 1: return x & y;
        case 2: if (y === 0n) throw this.exc('ZeroDivisionError', 'integer division or modulo by zero'); return x / y - ((x % y !== 0n && (x < 0n) !== (y < 0n)) ? 1n : 0n);
        case 3: return x << y;
        case 5: return x * y;
        case 6: { if (y === 0n) throw this.exc('ZeroDivisionError', 'integer division or modulo by zero'); const r = x % y; return r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r; }
        case 7: return x | y;
        case 8: return x ** y;
        case 9: return x >> y;
        case 10: return x - y;
        case 11: if (y === 0n) throw this.exc('ZeroDivisionError', 'division by zero'); return Number(x) / Number(y);
        case 12: return x ^ y;
      }
    }
    const fx = Number(x);
    const fy = Number(y);
    switch (k) {
      case 0: return fx + fy;
      case 5: return fx * fy;
      case 10: return fx - fy;
      case 11: if (fy === 0) throw this.exc('ZeroDivisionError', 'float division by zero'); return fx / fy;
      case 8: return fx ** fy;
    }
    throw this.exc('TypeError', `unsupported operand ${BINARY_OPS[op].symbol}`);
  }
  compare(op: number, a: V, b: V): V {
    if (op === 2 || op === 3) {
      const eq = this.eq(a, b);
      return op === 2 ? eq : !eq;
    }
    if (typeof a === 'string' && typeof b === 'string') return [a < b, a <= b, false, false, a > b, a >= b][op];
    if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object' && 'items' in a && 'items' in b) {
      const n = Math.min(a.items.length, b.items.length);
      for (let i = 0; i < n; i++) if (!this.eq(a.items[i], b.items[i])) return this.compare(op, a.items[i], b.items[i]);
      return this.compare(op, BigInt(a.items.length), BigInt(b.items.length));
    }
    const x = this.num(a);
    const y = this.num(b);
    return [x < y, x <= y, false, false, x > y, x >= y][op];
  }
  eq(a: V, b: V): boolean {
    if (a === b) return true;
    if ((typeof a === 'bigint' || typeof a === 'number' || typeof a === 'boolean') && (typeof b === 'bigint' || typeof b === 'number' || typeof b === 'boolean')) return Number(this.num(a)) === Number(this.num(b));
    if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object' && a.t === b.t && 'items' in a && 'items' in b) {
      return a.items.length === b.items.length && a.items.every((x, i) => this.eq(x, b.items[i]));
    }
    return false;
  }
  getattr(o: V, name: string, method: boolean): [V, V | undefined] {
    if (typeof o === 'string' && name === 'join') return [{ t: 'builtin', name, fn: (a) => this.toArray(a[0]).map((x) => x as string).join(o) }, NULL];
    if (o !== null && typeof o === 'object') {
      if (o.t === 'inst') {
        if (o.dict.has(name)) return [o.dict.get(name)!, NULL];
        const m = this.lookup(o.cls, name);
        if (m !== undefined) {
          if (m !== null && typeof m === 'object' && m.t === 'func') return method ? [m, o] : [{ t: 'method', fn: m, self: o }, NULL];
          return [m, NULL];
        }
        if (name === '__class__') return [o.cls, NULL];
      }
      if (o.t === 'class') {
        const m = this.lookup(o, name);
        if (m !== undefined) return [m, NULL];
        if (name === '__name__') return [o.name, NULL];
      }
      if (o.t === 'module' && o.dict.has(name)) return [o.dict.get(name)!, NULL];
      if (o.t === 'list' && name === 'append') return [{ t: 'builtin', name, fn: (a) => (o.items.push(a[0]), null) }, NULL];
      if (o.t === 'list' && name === 'clear') return [{ t: 'builtin', name, fn: () => ((o.items.length = 0), null) }, NULL];
      if (o.t === 'list' && name === 'pop') return [{ t: 'builtin', name, fn: () => o.items.pop()! }, NULL];
      if (o.t === 'func' && name === '__doc__') return [o.doc, NULL];
      if (o.t === 'func' && name === '__annotations__') return [(o as { ann?: V }).ann ?? { t: 'dict', map: new Map() }, NULL];
      if (o.t === 'func' && name === '__name__') return [o.name, NULL];
      if (o.t === 'func' && name === '__qualname__') return [o.code.qualname, NULL];
      if (o.t === 'dict' && name === 'items') return [{ t: 'builtin', name, fn: () => ({ t: 'list', items: [...o.map.values()].map(([k, v]) => ({ t: 'tuple', items: [k, v] })) }) }, NULL];
      if (o.t === 'gen' && name === 'send') return [{ t: 'builtin', name, fn: (a) => this.genResult(this.genSend(o, a[0])) }, NULL];
      if (o.t === 'gen' && name === 'throw') return [{ t: 'builtin', name, fn: (a) => this.genResult(this.genThrow(o, a[0])) }, NULL];
      if (o.t === 'gen' && name === 'close') return [{ t: 'builtin', name, fn: () => this.genClose(o) }, NULL];
    }
    throw this.exc('AttributeError', `'${this.repr(o)}' has no attribute '${name}'`);
  }
  genResult(r: { done: boolean; value: V }): V {
    if (r.done) {
      const e = this.exc('StopIteration');
      e.exc.dict.set('value', r.value);
      throw e;
    }
    return r.value;
  }
  subscr(o: V, k: V): V {
    if (o !== null && typeof o === 'object' && o.t === 'dict') {
      const e = o.map.get(this.key(k));
      if (!e) throw this.exc('KeyError', this.repr(k));
      return e[1];
    }
    const items = this.seq(o);
    if (k !== null && typeof k === 'object' && k.t === 'slice') {
      const n = BigInt(items.length);
      const norm = (x: V, d: bigint) => (x === null ? d : (x as bigint) < 0n ? (x as bigint) + n : (x as bigint));
      const r = items.slice(Number(norm(k.a, 0n)), Number(norm(k.b, n)));
      return typeof o === 'string' ? r.join('') : { t: (o as { t: 'list' | 'tuple' }).t, items: r };
    }
    let i = k as bigint;
    if (i < 0n) i += BigInt(items.length);
    if (i < 0n || i >= BigInt(items.length)) throw this.exc('IndexError', 'index out of range');
    return items[Number(i)];
  }

  // ---- exception groups (minimal: flat groups) ----
  makeEG(msg: string, excs: V[]): Extract<Obj, { t: 'inst' }> {
    return { t: 'inst', cls: this.E.ExceptionGroup, dict: new Map<string, V>([['args', { t: 'tuple', items: [msg, { t: 'list', items: excs }] }], ['message', msg], ['exceptions', { t: 'tuple', items: excs }]]) };
  }
  leaves(e: V): V[] {
    const o = e as Extract<Obj, { t: 'inst' }>;
    if (o.cls === this.E.ExceptionGroup) return (o.dict.get('exceptions') as { items: V[] }).items.flatMap((x) => this.leaves(x));
    return [e];
  }
  egMatch(eg: V, t: V): [V, V] {
    const o = eg as Extract<Obj, { t: 'inst' }>;
    if (eg === null) return [null, null]; // CPython _PyEval_ExceptionGroupMatch: nothing left
    if (o.cls !== this.E.ExceptionGroup) return this.isinstance(eg, t as Cls) ? [null, this.makeEG('', [eg])] : [eg, null];
    const all = this.leaves(eg);
    const m = all.filter((x) => this.isinstance(x, t as Cls));
    const r = all.filter((x) => !this.isinstance(x, t as Cls));
    const msg = o.dict.get('message') as string;
    return [r.length ? this.makeEG(msg, r) : null, m.length ? this.makeEG(msg, m) : null];
  }
  prepReraiseStar(orig: V, list: V[]): V {
    const items = list.filter((x) => x !== null);
    if (!items.length) return null;
    const origLeaves = this.leaves(orig);
    const reraised = items.filter((x) => this.leaves(x).every((l) => origLeaves.includes(l)));
    const raised = items.filter((x) => !reraised.includes(x));
    const keep = reraised.flatMap((x) => this.leaves(x));
    const o = orig as Extract<Obj, { t: 'inst' }>;
    const re = keep.length === 0 ? null : o.cls !== this.E.ExceptionGroup ? orig : this.makeEG(o.dict.get('message') as string, origLeaves.filter((l) => keep.includes(l)));
    if (!raised.length) return re;
    return this.makeEG('', re ? [...raised, re] : raised);
  }

  // ---- calls ----
  call(f: V, args: V[], kw: Map<string, V> = new Map()): V {
    const o = f as Obj;
    switch (o.t) {
      case 'builtin': return o.fn(args, kw);
      case 'method': return this.call(o.fn, [o.self, ...args], kw);
      case 'class': {
        if (o === this.E.ExceptionGroup) return this.makeEG(args[0] as string, this.toArray(args[1]));
        if (o.exc) return { t: 'inst', cls: o, dict: new Map<string, V>([['args', { t: 'tuple', items: args }]]) };
        const inst: V = { t: 'inst', cls: o, dict: new Map() };
        const init = this.lookup(o, '__init__');
        if (init !== undefined) this.call(init, [inst, ...args], kw);
        return inst;
      }
      case 'func': {
        const fr = this.makeFrame(o, args, kw);
        if (o.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return this.run(fr) as V;
        return this.run(fr) as V;
      }
    }
    throw this.exc('TypeError', `'${this.repr(f)}' is not callable`);
  }
  makeFrame(fn: Extract<Obj, { t: 'func' }>, args: V[], kw: Map<string, V>): Frame {
    const code = fn.code;
    const n = localsplusNames(code).length;
    const fast: (V | Cell | undefined)[] = new Array(n).fill(NULL);
    const npos = code.argcount;
    for (let i = 0; i < Math.min(npos, args.length); i++) fast[i] = args[i];
    let idx = npos + code.kwonlyargcount;
    if (code.flags & CO_VARARGS) fast[idx++] = { t: 'tuple', items: args.slice(npos) };
    else if (args.length > npos) throw this.exc('TypeError', `${code.name}() takes ${npos} positional arguments but ${args.length} were given`);
    let kwdict: Extract<Obj, { t: 'dict' }> | null = null;
    if (code.flags & CO_VARKEYWORDS) fast[idx] = kwdict = { t: 'dict', map: new Map() };
    for (const [k, v] of kw) {
      const i = code.varnames.indexOf(k);
      if (i >= code.posonlyargcount && i < npos + code.kwonlyargcount) fast[i] = v;
      else if (kwdict) kwdict.map.set(this.key(k), [k, v]);
      else throw this.exc('TypeError', `unexpected keyword ${k}`);
    }
    const nd = fn.defaults.length;
    for (let i = 0; i < npos; i++) if (fast[i] === NULL && i >= npos - nd) fast[i] = fn.defaults[i - (npos - nd)];
    for (let i = npos; i < npos + code.kwonlyargcount; i++) if (fast[i] === NULL && fn.kwdefaults.has(code.varnames[i])) fast[i] = fn.kwdefaults.get(code.varnames[i]);
    for (let i = 0; i < npos + code.kwonlyargcount; i++) if (fast[i] === NULL) throw this.exc('TypeError', `${code.name}() missing argument '${code.varnames[i]}'`);
    return { code, ip: 0, stack: [], fast, globals: fn.globals, locals: null, func: fn };
  }
  buildClass(a: V[], kw: Map<string, V>): V {
    void kw;
    const body = a[0] as Extract<Obj, { t: 'func' }>;
    const name = a[1] as string;
    const base = (a[2] as Cls | undefined) ?? null;
    const cls = mkClass(name, base);
    const fr: Frame = { code: body.code, ip: 0, stack: [], fast: new Array(localsplusNames(body.code).length).fill(NULL), globals: body.globals, locals: cls.dict, func: body };
    const cell = this.run(fr) as V;
    if (cell !== null && typeof cell === 'object' && cell.t === 'cell') cell.v = cls;
    cls.dict.delete('__classcell__');
    return cls;
  }
  currentFrame: Frame | null = null;
  zeroArgSuper(): V {
    const f = this.currentFrame!;
    const names = localsplusNames(f.code);
    const ci = names.lastIndexOf('__class__');
    const cls = (f.fast[ci] as Cell).v as Cls;
    let self = f.fast[0] as V;
    if (self !== null && typeof self === 'object' && self.t === 'cell') self = self.v as V;
    const start = cls.base;
    return { t: 'builtin', name: 'super', fn: () => null, superOf: [self, start] } as never;
  }

  // ---- generators ----
  genSend(g: Extract<Obj, { t: 'gen' }>, v: V): { done: boolean; value: V } {
    if (g.done) return { done: true, value: null };
    g.frame.stack.push(v);
    return this.resumeGen(g, null);
  }
  genThrow(g: Extract<Obj, { t: 'gen' }>, e: V): { done: boolean; value: V } {
    const exc = e !== null && typeof e === 'object' && e.t === 'class' ? (this.call(e, []) as Extract<Obj, { t: 'inst' }>) : (e as Extract<Obj, { t: 'inst' }>);
    if (g.done) throw new PyExc(exc);
    // CPython _gen_throw / _PyGen_yf: suspended in `yield from`/`await` when the next
    // instruction is RESUME with arg >= 2; the receiver is then on top of the stack.
    const fr = g.frame;
    const nextW = fr.code.code[fr.ip];
    let raised: PyExc = new PyExc(exc);
    if (fr.ip > 0 && instrOp(nextW) === OP.RESUME && instrArg(nextW) >= 2) {
      const recv = fr.stack[fr.stack.length - 1] as Obj;
      if (recv.t === 'gen') {
        try {
          const r = exc.cls === this.E.GeneratorExit ? (this.genClose(recv), null) : this.genThrow(recv, exc);
          if (r && !r.done) return { done: false, value: r.value };
          if (r && r.done) {
            const si = this.exc('StopIteration');
            si.exc.dict.set('value', r.value);
            raised = si;
          }
        } catch (e) {
          if (!(e instanceof PyExc)) throw e;
          raised = e;
        }
      }
    }
    fr.stack.push(null);
    return this.resumeGen(g, raised);
  }
  genClose(g: Extract<Obj, { t: 'gen' }>): V {
    if (g.done) return null;
    try {
      const r = this.genThrow(g, this.E.GeneratorExit);
      if (!r.done) throw this.exc('RuntimeError', 'generator ignored GeneratorExit');
    } catch (e) {
      if (!(e instanceof PyExc && (e.exc.cls === this.E.GeneratorExit || e.exc.cls === this.E.StopIteration))) throw e;
    }
    g.done = true;
    return null;
  }
  resumeGen(g: Extract<Obj, { t: 'gen' }>, thrown: PyExc | null): { done: boolean; value: V } {
    g.running = true;
    try {
      const r = this.run(g.frame, thrown);
      if (r === YIELDED) return { done: false, value: g.frame.stack.pop() as V };
      g.done = true;
      return { done: true, value: r as V };
    } catch (e) {
      g.done = true;
      throw e;
    } finally {
      g.running = false;
    }
  }

  runModule(code: CodeUnit): void {
    const globals = new Map<string, V>([['__name__', '__main__']]);
    this.run({ code, ip: 0, stack: [], fast: [], globals, locals: globals, func: null });
  }

  loadConst(c: Const): V {
    switch (constKind(c)) {
      case 'tuple': return { t: 'tuple', items: (c as { tuple: Const[] }).tuple.map((x) => this.loadConst(x)) };
      case 'code': return c as never;
      case 'ellipsis': case 'bytes': case 'complex': case 'frozenset': return this.repr(null);
      default: return c as V;
    }
  }

  /** Runs a frame until it returns (value) or yields (YIELDED). */
  run(f: Frame, thrown: PyExc | null = null): V | typeof YIELDED {
    const code = f.code;
    const st = f.stack;
    const names = localsplusNames(code);
    const savedFrame = this.currentFrame;
    let pending: PyExc | null = thrown;
    for (;;) {
      try {
        if (pending) {
          const p = pending;
          pending = null;
          throw p; // raised "at" the YIELD_VALUE the frame is suspended after (ip - 1)
        }
        this.currentFrame = f;
        const r = this.step(f, st, names);
        if (r !== CONTINUE) {
          this.currentFrame = savedFrame;
          return r;
        }
      } catch (e) {
        if (!(e instanceof PyExc)) throw e;
        const at = f.ip - 1;
        const h = handlerFor(code, at);
        if (!h) {
          this.currentFrame = savedFrame;
          throw e;
        }
        st.length = h.depth;
        if (h.lasti) st.push(BigInt(at));
        st.push(e.exc);
        f.ip = h.target;
      }
    }
  }

  step(f: Frame, st: (V | undefined)[], names: string[]): V | typeof YIELDED | typeof CONTINUE {
    const code = f.code;
    for (;;) {
      if (++this.steps > 2_000_000) throw new Error('test-vm: step limit (infinite loop?)');
      const w = code.code[f.ip++];
      const op = instrOp(w);
      const arg = instrArg(w);
      const pop = (): V => st.pop() as V;
      const top = (): V => st[st.length - 1] as V;
      switch (op) {
        case OP.NOP: case OP.RESUME: break;
        case OP.POP_TOP: st.pop(); break;
        case OP.PUSH_NULL: st.push(NULL); break;
        case OP.COPY: st.push(st[st.length - arg]); break;
        case OP.SWAP: { const i = st.length - arg; const t = st[st.length - 1]; st[st.length - 1] = st[i]; st[i] = t; break; }
        case OP.LOAD_CONST: st.push(this.loadConst(code.consts[arg])); break;
        case OP.RETURN_CONST: return this.loadConst(code.consts[arg]);
        case OP.RETURN_VALUE: return pop();
        case OP.LOAD_FAST: case OP.LOAD_FAST_CHECK: {
          const v = f.fast[arg];
          if (v === NULL) throw this.exc('UnboundLocalError', `cannot access local variable '${names[arg]}' where it is not associated with a value`);
          st.push(v as V);
          break;
        }
        case OP.STORE_FAST: f.fast[arg] = pop(); break;
        case OP.DELETE_FAST: if (f.fast[arg] === NULL) throw this.exc('UnboundLocalError', names[arg]); f.fast[arg] = NULL; break;
        case OP.LOAD_NAME: {
          const n = code.names[arg];
          const v = f.locals?.has(n) ? f.locals.get(n) : f.globals.has(n) ? f.globals.get(n) : this.builtins.get(n);
          if (v === undefined) throw this.exc('NameError', `name '${n}' is not defined`);
          st.push(v);
          break;
        }
        case OP.STORE_NAME: f.locals!.set(code.names[arg], pop()); break;
        case OP.DELETE_NAME: if (!f.locals!.delete(code.names[arg])) throw this.exc('NameError', `name '${code.names[arg]}' is not defined`); break;
        case OP.LOAD_GLOBAL: {
          const n = code.names[arg >> 1];
          const v = f.globals.has(n) ? f.globals.get(n) : this.builtins.get(n);
          if (v === undefined) throw this.exc('NameError', `name '${n}' is not defined`);
          st.push(v);
          if (arg & 1) st.push(NULL);
          break;
        }
        case OP.STORE_GLOBAL: f.globals.set(code.names[arg], pop()); break;
        case OP.DELETE_GLOBAL: f.globals.delete(code.names[arg]); break;
        case OP.MAKE_CELL: f.fast[arg] = { t: 'cell', v: f.fast[arg] as V | undefined }; break;
        case OP.COPY_FREE_VARS: { const n = names.length; for (let i = 0; i < arg; i++) f.fast[n - arg + i] = f.func!.closure[i]; break; }
        case OP.LOAD_CLOSURE: st.push(f.fast[arg] as Cell); break;
        case OP.LOAD_DEREF: {
          const c = f.fast[arg] as Cell;
          if (c.v === NULL) throw this.exc('NameError', `cannot access free variable '${names[arg]}'`);
          st.push(c.v);
          break;
        }
        case OP.STORE_DEREF: (f.fast[arg] as Cell).v = pop(); break;
        case OP.DELETE_DEREF: (f.fast[arg] as Cell).v = NULL; break;
        case OP.LOAD_LOCALS: st.push({ t: 'dict', map: new Map() }); (st[st.length - 1] as { locals?: unknown }).locals = f.locals; break;
        case OP.LOAD_FROM_DICT_OR_DEREF: {
          const m = (pop() as unknown as { locals: Map<string, V> }).locals;
          const n = names[arg];
          st.push(m.has(n) ? m.get(n)! : ((f.fast[arg] as Cell).v as V));
          break;
        }
        case OP.LOAD_ATTR: {
          const o = pop();
          const sup = (o as unknown as { superOf?: [V, Cls | null] }).superOf;
          const name = code.names[arg >> 1];
          if (sup) {
            const m = this.lookup(sup[1]!, name)!;
            if (arg & 1) st.push(m, sup[0]);
            else st.push({ t: 'method', fn: m, self: sup[0] });
            break;
          }
          const [v, self] = this.getattr(o, name, (arg & 1) === 1);
          st.push(v);
          if (arg & 1) st.push(self);
          break;
        }
        case OP.STORE_ATTR: { const o = pop() as Extract<Obj, { t: 'inst' }>; o.dict.set(code.names[arg], pop()); break; }
        case OP.DELETE_ATTR: (pop() as Extract<Obj, { t: 'inst' }>).dict.delete(code.names[arg]); break;
        case OP.BINARY_OP: { const b = pop(); const a = pop(); st.push(this.binop(arg, a, b)); break; }
        case OP.UNARY_NEGATIVE: { const a = this.num(pop()); st.push(-a as V); break; }
        case OP.UNARY_NOT: st.push(!this.truthy(pop())); break;
        case OP.UNARY_INVERT: st.push(~(pop() as bigint)); break;
        case OP.COMPARE_OP: { const b = pop(); const a = pop(); st.push(this.compare(arg, a, b)); break; }
        case OP.IS_OP: { const b = pop(); const a = pop(); st.push((a === b) !== (arg === 1)); break; }
        case OP.CONTAINS_OP: { const b = pop(); const a = pop(); st.push(this.seq(b).some((x) => this.eq(x, a)) !== (arg === 1)); break; }
        case OP.BINARY_SUBSCR: { const k = pop(); const o = pop(); st.push(this.subscr(o, k)); break; }
        case OP.STORE_SUBSCR: {
          const k = pop(); const o = pop() as Obj; const v = pop();
          if (o.t === 'dict') o.map.set(this.key(k), [k, v]);
          else (o as { items: V[] }).items[Number((k as bigint) < 0n ? (k as bigint) + BigInt((o as { items: V[] }).items.length) : k)] = v;
          break;
        }
        case OP.DELETE_SUBSCR: {
          const k = pop(); const o = pop() as Obj;
          if (o.t === 'dict') o.map.delete(this.key(k));
          else (o as { items: V[] }).items.splice(Number(k), 1);
          break;
        }
        case OP.BINARY_SLICE: { const b = pop(); const a = pop(); const o = pop(); st.push(this.subscr(o, { t: 'slice', a, b, c: null })); break; }
        case OP.STORE_SLICE: {
          const b = pop(); const a = pop(); const o = pop() as { items: V[] }; const v = pop();
          const n = o.items.length;
          const lo = a === null ? 0 : Number(a);
          const hi = b === null ? n : Number(b);
          o.items.splice(lo, hi - lo, ...this.toArray(v));
          break;
        }
        case OP.BUILD_SLICE: { const c = arg === 3 ? pop() : null; const b = pop(); const a = pop(); st.push({ t: 'slice', a, b, c }); break; }
        case OP.BUILD_TUPLE: st.push({ t: 'tuple', items: st.splice(st.length - arg, arg) as V[] }); break;
        case OP.BUILD_LIST: st.push({ t: 'list', items: st.splice(st.length - arg, arg) as V[] }); break;
        // Sets are modelled as de-duplicated lists (enough for sorted()/len()/in).
        case OP.BUILD_SET: { const items = st.splice(st.length - arg, arg) as V[]; const l: V[] = []; for (const x of items) if (!l.some((y) => this.eq(x, y))) l.push(x); st.push({ t: 'list', items: l }); break; }
        case OP.SET_ADD: { const v = pop(); const l = (st[st.length - arg] as { items: V[] }).items; if (!l.some((y) => this.eq(v, y))) l.push(v); break; }
        case OP.SET_UPDATE: { const v = pop(); const l = (st[st.length - arg] as { items: V[] }).items; for (const x of this.toArray(v)) if (!l.some((y) => this.eq(x, y))) l.push(x); break; }
        case OP.BUILD_MAP: {
          const items = st.splice(st.length - 2 * arg, 2 * arg) as V[];
          const map = new Map<string, [V, V]>();
          for (let i = 0; i < items.length; i += 2) map.set(this.key(items[i]), [items[i], items[i + 1]]);
          st.push({ t: 'dict', map });
          break;
        }
        case OP.BUILD_STRING: st.push((st.splice(st.length - arg, arg) as string[]).join('')); break;
        case OP.LIST_APPEND: { const v = pop(); (st[st.length - arg] as { items: V[] }).items.push(v); break; }
        case OP.MAP_ADD: { const v = pop(); const k = pop(); (st[st.length - arg] as Extract<Obj, { t: 'dict' }>).map.set(this.key(k), [k, v]); break; }
        case OP.LIST_EXTEND: { const v = pop(); (st[st.length - arg] as { items: V[] }).items.push(...this.toArray(v)); break; }
        case OP.DICT_UPDATE: case OP.DICT_MERGE: {
          const v = pop() as Extract<Obj, { t: 'dict' }>;
          const d = st[st.length - arg] as Extract<Obj, { t: 'dict' }>;
          for (const [k, e] of v.map) {
            if (op === OP.DICT_MERGE && d.map.has(k)) throw this.exc('TypeError', `got multiple values for keyword argument '${this.str(e[0])}'`);
            d.map.set(k, e);
          }
          break;
        }
        case OP.UNPACK_SEQUENCE: {
          const items = this.toArray(pop());
          if (items.length !== arg) throw this.exc('ValueError', items.length > arg ? `too many values to unpack (expected ${arg})` : `not enough values to unpack (expected ${arg}, got ${items.length})`);
          for (let i = items.length - 1; i >= 0; i--) st.push(items[i]);
          break;
        }
        case OP.UNPACK_EX: {
          const before = arg & 0xff;
          const after = arg >> 8;
          const items = this.toArray(pop());
          if (items.length < before + after) throw this.exc('ValueError', 'not enough values to unpack');
          const mid = items.slice(before, items.length - after);
          const all: V[] = [...items.slice(0, before), { t: 'list', items: mid }, ...items.slice(items.length - after)];
          for (let i = all.length - 1; i >= 0; i--) st.push(all[i]);
          break;
        }
        case OP.CONVERT_VALUE: st.push(arg === 1 ? this.str(pop()) : this.repr(pop())); break;
        case OP.FORMAT_SIMPLE: st.push(this.str(pop())); break;
        case OP.FORMAT_WITH_SPEC: {
          const spec = pop() as string; const v = pop();
          const m = /^([<>])?(\d+)$/.exec(spec);
          let s = this.str(v);
          if (m) s = m[1] === '<' || (!m[1] && typeof v === 'string') ? s.padEnd(Number(m[2])) : s.padStart(Number(m[2]));
          st.push(s);
          break;
        }
        case OP.JUMP_FORWARD: case OP.JUMP_BACKWARD: case OP.JUMP_BACKWARD_NO_INTERRUPT: f.ip = arg; break;
        case OP.POP_JUMP_IF_FALSE: if (!this.truthy(pop())) f.ip = arg; break;
        case OP.POP_JUMP_IF_TRUE: if (this.truthy(pop())) f.ip = arg; break;
        case OP.POP_JUMP_IF_NONE: if (pop() === null) f.ip = arg; break;
        case OP.POP_JUMP_IF_NOT_NONE: if (pop() !== null) f.ip = arg; break;
        case OP.GET_ITER: st.push(this.iter(pop())); break;
        case OP.FOR_ITER: {
          const v = this.next(top());
          if (v === STOP) { st.pop(); f.ip = arg; } else st.push(v);
          break;
        }
        case OP.CALL: case OP.CALL_KW: {
          const kwnames = op === OP.CALL_KW ? (pop() as Extract<Obj, { t: 'tuple' }>).items as string[] : [];
          const all = st.splice(st.length - arg, arg) as V[];
          const selfOrNull = st.pop();
          const callable = pop();
          const pos = all.slice(0, all.length - kwnames.length);
          const kw = new Map<string, V>(kwnames.map((k, i) => [k, all[pos.length + i]]));
          st.push(this.call(callable, selfOrNull === NULL ? pos : [selfOrNull as V, ...pos], kw));
          break;
        }
        case OP.CALL_FUNCTION_EX: {
          const kwargs = arg & 1 ? (pop() as Extract<Obj, { t: 'dict' }>) : null;
          const args = (pop() as Extract<Obj, { t: 'tuple' }>).items;
          st.pop();
          const callable = pop();
          const kw = new Map<string, V>();
          if (kwargs) for (const [k, v] of kwargs.map.values()) kw.set(k as string, v);
          st.push(this.call(callable, args, kw));
          break;
        }
        case OP.MAKE_FUNCTION: {
          const c = pop() as unknown as CodeUnit;
          st.push({ t: 'func', code: c, globals: f.globals, defaults: [], kwdefaults: new Map(), closure: [], name: c.name, doc: c.docstring ?? null });
          break;
        }
        case OP.SET_FUNCTION_ATTRIBUTE: {
          const fn = pop() as Extract<Obj, { t: 'func' }>;
          const v = pop() as Obj;
          if (arg === 1) fn.defaults = (v as { items: V[] }).items;
          if (arg === 2) for (const [k, x] of (v as Extract<Obj, { t: 'dict' }>).map.values()) fn.kwdefaults.set(k as string, x);
          if (arg === 4) (fn as { ann?: V }).ann = v;
          if (arg === 8) fn.closure = (v as { items: V[] }).items as unknown as Cell[];
          st.push(fn);
          break;
        }
        case OP.RETURN_GENERATOR: {
          const g: Obj = { t: 'gen', frame: f, done: false, running: false };
          return g;
        }
        case OP.YIELD_VALUE: return YIELDED;
        case OP.GET_YIELD_FROM_ITER: st.push(this.iter(pop())); break;
        case OP.SEND: {
          const v = pop();
          const recv = top() as Obj;
          if (recv.t === 'gen') {
            const r = this.genSend(recv, v);
            st.push(r.value);
            if (r.done) f.ip = arg;
          } else {
            const r = this.next(recv);
            if (r === STOP) { st.push(null); f.ip = arg; } else st.push(r);
          }
          break;
        }
        case OP.END_SEND: { const v = pop(); st.pop(); st.push(v); break; }
        case OP.CLEANUP_THROW: {
          const e = pop() as Extract<Obj, { t: 'inst' }>;
          st.pop();
          st.pop();
          if (this.isinstance(e, this.E.StopIteration)) { st.push(null, e.dict.get('value') ?? null); break; }
          throw new PyExc(e);
        }
        case OP.GET_AWAITABLE: {
          const o = pop() as Obj;
          if (o.t === 'gen' && o.frame.code.flags & CO_COROUTINE) st.push(o);
          else {
            const [aw] = this.getattr(o, '__await__', false);
            st.push(this.call(aw, []));
          }
          break;
        }
        case OP.GET_AITER: { const [m] = this.getattr(pop(), '__aiter__', false); st.push(this.call(m, [])); break; }
        case OP.GET_ANEXT: {
          const [m] = this.getattr(top(), '__anext__', false);
          const aw = this.call(m, []) as Obj;
          if (aw.t === 'gen') st.push(aw);
          else { const [a2] = this.getattr(aw, '__await__', false); st.push(this.call(a2, [])); }
          break;
        }
        case OP.END_ASYNC_FOR: {
          const e = pop() as Extract<Obj, { t: 'inst' }>;
          if (!this.isinstance(e, this.E.StopAsyncIteration)) throw new PyExc(e);
          st.pop();
          break;
        }
        case OP.BEFORE_ASYNC_WITH: {
          const m = pop();
          const [ex] = this.getattr(m, '__aexit__', false);
          const [en] = this.getattr(m, '__aenter__', false);
          st.push(ex, this.call(en, []));
          break;
        }
        case OP.BEFORE_WITH: {
          const m = pop();
          const [ex] = this.getattr(m, '__exit__', false);
          const [en] = this.getattr(m, '__enter__', false);
          st.push(ex, this.call(en, []));
          break;
        }
        case OP.WITH_EXCEPT_START: {
          const e = st[st.length - 1] as Extract<Obj, { t: 'inst' }>;
          const ex = st[st.length - 4] as V;
          st.push(this.call(ex, [e.cls, e, null]));
          break;
        }
        case OP.PUSH_EXC_INFO: { const e = pop(); st.push(this.excInfo, e); this.excInfo = e; break; }
        case OP.POP_EXCEPT: this.excInfo = pop(); break;
        case OP.CHECK_EG_MATCH: { const t = pop(); const eg = pop(); const [rest, match] = this.egMatch(eg, t); st.push(rest, match); break; }
        case OP.CALL_INTRINSIC_2: { const lst = pop() as { items: V[] }; const orig = pop(); st.push(this.prepReraiseStar(orig, lst.items)); break; }
        case OP.CHECK_EXC_MATCH: { const t = pop(); st.push(this.isinstance(top(), t as Cls)); break; }
        case OP.RERAISE: {
          const e = pop() as Extract<Obj, { t: 'inst' }>;
          // arg: lasti at STACK[-arg] is only the frame's reported position; the handler
          // lookup stays at this instruction.
          throw new PyExc(e);
        }
        case OP.RAISE_VARARGS: {
          if (arg === 0) {
            if (this.excInfo === null) throw this.exc('RuntimeError', 'No active exception to reraise');
            throw new PyExc(this.excInfo as Extract<Obj, { t: 'inst' }>);
          }
          if (arg === 2) pop();
          let e = pop();
          if (e !== null && typeof e === 'object' && e.t === 'class') e = this.call(e, []);
          throw new PyExc(e as Extract<Obj, { t: 'inst' }>);
        }
        case OP.SETUP_ANNOTATIONS: if (!f.locals!.has('__annotations__')) f.locals!.set('__annotations__', { t: 'dict', map: new Map() }); break;
        case OP.IMPORT_NAME: st.pop(); st.pop(); st.push({ t: 'module', dict: new Map() }); break;
        case OP.IMPORT_FROM: st.push(null); break;
        case OP.LOAD_ASSERTION_ERROR: st.push(this.E.AssertionError); break;
        case OP.LOAD_BUILD_CLASS: st.push(this.builtins.get('__build_class__')!); break;
        case OP.CALL_INTRINSIC_1: {
          const v = pop();
          if (arg === 6) st.push({ t: 'tuple', items: (v as { items: V[] }).items });
          else if (arg === 5) st.push(v);
          else if (arg === 3) {
            if (this.isinstance(v, this.E.StopIteration)) st.push(this.call(this.E.RuntimeError, ['generator raised StopIteration']));
            else st.push(v);
          } else throw new Error(`test-vm: intrinsic ${arg}`);
          break;
        }
        default:
          throw new Error(`test-vm: unsupported opcode ${op}`);
      }
      if (op === OP.CALL || op === OP.CALL_KW || op === OP.CALL_FUNCTION_EX || op === OP.JUMP_BACKWARD) return CONTINUE;
    }
  }
}

const YIELDED = Symbol('yielded');
const CONTINUE = Symbol('continue');
void isCodeUnit;
