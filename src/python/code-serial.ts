// A compact binary form of compiled code (CodeUnit, code.ts), and a bundle of such units
// keyed by file name and source text: our counterpart of CPython's .pyc files
// (Lib/importlib/_bootstrap_external.py _code_to_timestamp_pyc / _validate_hash_pyc, and
// Python/marshal.c for the object encoding), so that a new process does not lex, parse and
// compile the standard library again.
//
// Why: a multiprocessing child is a new heap on a worker thread whose compiler has never
// run; parsing and compiling `multiprocessing`, `pickle`, `threading`, ... there took about
// a second of CPU per child, most of a child's start. Decoding this form is a few loops over
// bytes.
//
// Format (all integers little-endian; "varint" is unsigned LEB128, as marshal writes
// sizes):
//   unit    := stringTable body
//   strings := varint count, then per string varint length + that many UTF-16 code units
//              each as a varint (ASCII is one byte; lone surrogates survive, which UTF-8
//              would not)
//   body    := the CodeUnit's fields in a fixed order; names are string-table indices;
//              `code` and `positions` are raw Int32 words, 4-byte aligned, copied out in one
//              slice each
//   consts  := tag byte + payload (tags below), tuples/frozensets/code nest
//   bundle  := "KCB1", varint count, per entry: filename string, source length, two 32-bit
//              hashes of the source, byte offset and byte length of its unit
//
// A unit is validated like a hash-based .pyc (PEP 552): a bundle entry is used only when
// the source's length and both hashes match, so an edited module is compiled again, never
// run from stale code. The encoder refuses (returns null) a CodeUnit with a field it does
// not know, so a compiler that grows a new field can never lose it silently here.

import type { CodeUnit, Const, ExceptionTableEntry } from './code.ts';

const MAGIC = [0x4b, 0x43, 0x42, 0x31]; // "KCB1"

const T_NONE = 0, T_TRUE = 1, T_FALSE = 2, T_SMALLINT = 3, T_BIGINT = 4, T_FLOAT = 5, T_STR = 6,
  T_BYTES = 7, T_COMPLEX = 8, T_ELLIPSIS = 9, T_TUPLE = 10, T_FROZENSET = 11, T_CODE = 12;

/** Every field a CodeUnit may have; anything else makes the encoder refuse. */
const UNIT_KEYS = new Set([
  'name', 'qualname', 'filename', 'firstlineno', 'argcount', 'posonlyargcount', 'kwonlyargcount',
  'flags', 'varnames', 'cellvars', 'freevars', 'names', 'consts', 'code', 'positions',
  'exceptionTable', 'stacksize', 'docstring',
]);

class Unsupported extends Error {}

/** A growable byte buffer. */
class Writer {
  bytes = new Uint8Array(1 << 12);
  n = 0;

  private room(k: number): void {
    if (this.n + k <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.n + k) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.bytes.subarray(0, this.n));
    this.bytes = b;
  }

  byte(x: number): void {
    this.room(1);
    this.bytes[this.n++] = x;
  }

  varint(x: number): void {
    if (!Number.isInteger(x) || x < 0) throw new Unsupported(`varint ${x}`);
    this.room(8);
    while (x >= 0x80) {
      this.bytes[this.n++] = (x % 0x80) | 0x80;
      x = Math.floor(x / 0x80);
    }
    this.bytes[this.n++] = x;
  }

  /** A signed int as zigzag varint (positions and line numbers may be -1). */
  svarint(x: number): void {
    this.varint(x < 0 ? -2 * x - 1 : 2 * x);
  }

  u32(x: number): void {
    this.room(4);
    new DataView(this.bytes.buffer).setUint32(this.n, x >>> 0, true);
    this.n += 4;
  }

  f64(x: number): void {
    this.room(8);
    new DataView(this.bytes.buffer).setFloat64(this.n, x, true);
    this.n += 8;
  }

  raw(b: Uint8Array): void {
    this.room(b.length);
    this.bytes.set(b, this.n);
    this.n += b.length;
  }

  /** Int32 words at a 4-byte aligned offset (so the reader copies them in one slice). */
  words(a: Int32Array): void {
    this.varint(a.length);
    while (this.n % 4 !== 0) this.byte(0);
    this.raw(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  }

  str(s: string): void {
    this.varint(s.length);
    this.room(s.length * 3);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) this.bytes[this.n++] = c;
      else this.varint(c);
    }
  }

  done(): Uint8Array {
    return this.bytes.slice(0, this.n);
  }
}

class Reader {
  i: number;
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array, start = 0) {
    this.i = start;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  byte(): number {
    return this.bytes[this.i++]!;
  }

  varint(): number {
    let x = 0, scale = 1, b: number;
    do {
      b = this.bytes[this.i++]!;
      x += (b & 0x7f) * scale;
      scale *= 0x80;
    } while (b >= 0x80);
    return x;
  }

  svarint(): number {
    const z = this.varint();
    return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
  }

  u32(): number {
    const x = this.view.getUint32(this.i, true);
    this.i += 4;
    return x;
  }

  f64(): number {
    const x = this.view.getFloat64(this.i, true);
    this.i += 8;
    return x;
  }

  words(): Int32Array {
    const n = this.varint();
    while (this.i % 4 !== 0) this.i++;
    const start = this.bytes.byteOffset + this.i;
    this.i += n * 4;
    // A copy: the bundle may be a SharedArrayBuffer other threads read too, and the unit
    // must own its arrays (code.ts: plain data).
    if (start % 4 === 0) return new Int32Array(this.bytes.buffer, start, n).slice();
    return new Int32Array(this.bytes.slice(this.i - n * 4, this.i).buffer);
  }

  str(): string {
    const n = this.varint();
    const b = this.bytes;
    let s = '';
    let chunk: number[] = [];
    for (let k = 0; k < n; k++) {
      const c = b[this.i]!;
      if (c < 0x80) { this.i++; chunk.push(c); } else chunk.push(this.varint());
      if (chunk.length === 4096) { s += String.fromCharCode(...chunk); chunk = []; }
    }
    return s + String.fromCharCode(...chunk);
  }
}

// ---- one unit ---------------------------------------------------------------------------------

/** Encodes a compiled module (with everything nested in it), or null when it holds something
 *  this format does not know. */
export function encodeCodeUnit(unit: CodeUnit): Uint8Array | null {
  const strings = new Map<string, number>();
  const body = new Writer();
  const ref = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    body.varint(i);
  };
  const refs = (a: string[]) => {
    body.varint(a.length);
    for (const s of a) ref(s);
  };
  const konst = (c: Const): void => {
    if (c === null) return body.byte(T_NONE);
    switch (typeof c) {
      case 'boolean': return body.byte(c ? T_TRUE : T_FALSE);
      case 'bigint':
        if (c >= -0x7fffffffn && c <= 0x7fffffffn) { body.byte(T_SMALLINT); body.svarint(Number(c)); } else { body.byte(T_BIGINT); ref(c.toString(16)); }
        return;
      case 'number': body.byte(T_FLOAT); body.f64(c); return;
      case 'string': body.byte(T_STR); ref(c); return;
      case 'object': break;
      default: throw new Unsupported(typeof c);
    }
    const keys = Object.keys(c);
    if (keys.length === 1 && 'bytes' in c && c.bytes instanceof Uint8Array) { body.byte(T_BYTES); body.varint(c.bytes.length); body.raw(c.bytes); return; }
    if (keys.length === 1 && 'complex' in c && typeof c.complex === 'number') { body.byte(T_COMPLEX); body.f64(c.complex); return; }
    if (keys.length === 1 && 'ellipsis' in c) { body.byte(T_ELLIPSIS); return; }
    if (keys.length === 1 && 'tuple' in c && Array.isArray(c.tuple)) { body.byte(T_TUPLE); body.varint(c.tuple.length); c.tuple.forEach(konst); return; }
    if (keys.length === 1 && 'frozenset' in c && Array.isArray(c.frozenset)) { body.byte(T_FROZENSET); body.varint(c.frozenset.length); c.frozenset.forEach(konst); return; }
    if ('code' in c && c.code instanceof Int32Array) { body.byte(T_CODE); code(c as CodeUnit); return; }
    throw new Unsupported(`const ${keys.join(',')}`);
  };
  const code = (u: CodeUnit): void => {
    for (const k of Object.keys(u)) if (!UNIT_KEYS.has(k)) throw new Unsupported(`CodeUnit.${k}`);
    ref(u.name); ref(u.qualname); ref(u.filename);
    body.svarint(u.firstlineno); body.varint(u.argcount); body.varint(u.posonlyargcount);
    body.varint(u.kwonlyargcount); body.varint(u.flags); body.varint(u.stacksize);
    refs(u.varnames); refs(u.cellvars); refs(u.freevars); refs(u.names);
    body.varint(u.consts.length);
    u.consts.forEach(konst);
    body.words(u.code);
    body.words(u.positions);
    body.varint(u.exceptionTable.length);
    for (const e of u.exceptionTable) {
      body.varint(e.start); body.varint(e.end); body.varint(e.target); body.varint(e.depth); body.byte(e.lasti ? 1 : 0);
    }
    if (!('docstring' in u)) body.byte(0);
    else if (u.docstring === null || u.docstring === undefined) body.byte(u.docstring === null ? 1 : 3);
    else { body.byte(2); ref(u.docstring); }
  };
  try {
    code(unit);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const out = new Writer();
  out.varint(strings.size);
  for (const s of strings.keys()) out.str(s);
  // The body's aligned arrays stay aligned if it starts at a multiple of 4.
  while (out.n % 4 !== 0) out.byte(0);
  out.raw(body.done());
  return out.done();
}

/** Decodes what encodeCodeUnit wrote (bytes may be a view into a larger buffer whose
 *  offset is a multiple of 4). */
export function decodeCodeUnit(bytes: Uint8Array): CodeUnit {
  const r = new Reader(bytes);
  const n = r.varint();
  const strings: string[] = new Array(n);
  for (let i = 0; i < n; i++) strings[i] = r.str();
  while (r.i % 4 !== 0) r.i++;
  const ref = () => strings[r.varint()]!;
  const refs = () => {
    const k = r.varint();
    const a: string[] = new Array(k);
    for (let i = 0; i < k; i++) a[i] = ref();
    return a;
  };
  const konst = (): Const => {
    const tag = r.byte();
    switch (tag) {
      case T_NONE: return null;
      case T_TRUE: return true;
      case T_FALSE: return false;
      case T_SMALLINT: return BigInt(r.svarint());
      case T_BIGINT: {
        const h = ref();
        return h.startsWith('-') ? -BigInt(`0x${h.slice(1)}`) : BigInt(`0x${h}`);
      }
      case T_FLOAT: return r.f64();
      case T_STR: return ref();
      case T_BYTES: {
        const k = r.varint();
        const b = r.bytes.slice(r.i, r.i + k);
        r.i += k;
        return { bytes: b };
      }
      case T_COMPLEX: return { complex: r.f64() };
      case T_ELLIPSIS: return { ellipsis: true };
      case T_TUPLE: case T_FROZENSET: {
        const k = r.varint();
        const items: Const[] = new Array(k);
        for (let i = 0; i < k; i++) items[i] = konst();
        return tag === T_TUPLE ? { tuple: items } : { frozenset: items };
      }
      case T_CODE: return code();
      default: throw new Error(`decodeCodeUnit: bad constant tag ${tag}`);
    }
  };
  const code = (): CodeUnit => {
    const name = ref(), qualname = ref(), filename = ref();
    const firstlineno = r.svarint(), argcount = r.varint(), posonlyargcount = r.varint();
    const kwonlyargcount = r.varint(), flags = r.varint(), stacksize = r.varint();
    const varnames = refs(), cellvars = refs(), freevars = refs(), names = refs();
    const nc = r.varint();
    const consts: Const[] = new Array(nc);
    for (let i = 0; i < nc; i++) consts[i] = konst();
    const codeWords = r.words();
    const positions = r.words();
    const ne = r.varint();
    const exceptionTable: ExceptionTableEntry[] = new Array(ne);
    for (let i = 0; i < ne; i++) {
      exceptionTable[i] = { start: r.varint(), end: r.varint(), target: r.varint(), depth: r.varint(), lasti: r.byte() === 1 };
    }
    // The compiler's key order, so a decoded unit is indistinguishable from a compiled one.
    const u: CodeUnit = {
      name, qualname, filename, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags,
      varnames, cellvars, freevars, names, consts, code: codeWords, positions, exceptionTable, stacksize,
    };
    const doc = r.byte();
    if (doc === 1) u.docstring = null;
    else if (doc === 2) u.docstring = ref();
    else if (doc === 3) u.docstring = undefined;
    return u;
  };
  return code();
}

// ---- bundles ----------------------------------------------------------------------------------

/** Two independent 32-bit hashes of a source text (FNV-1a and a multiplicative one), which
 *  with its length identify it as a hash-based .pyc's source hash does. */
export function sourceHash(source: string): [number, number] {
  let a = 0x811c9dc5, b = 0x9747b28c;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a >>> 0, b >>> 0];
}

/** One module for a bundle: its encoded unit (encodeCodeUnit) and what identifies its source. */
export interface BundleEntry {
  filename: string;
  sourceLength: number;
  hash: [number, number];
  unit: Uint8Array;
}

export function bundleEntry(filename: string, source: string, unit: CodeUnit): BundleEntry | null {
  const bytes = encodeCodeUnit(unit);
  return bytes === null ? null : { filename, sourceLength: source.length, hash: sourceHash(source), unit: bytes };
}

/** Puts entries into one buffer (a SharedArrayBuffer when `shared`, so every thread of
 *  every process can read one copy). */
export function writeBundle(entries: Iterable<BundleEntry>, shared: boolean): Uint8Array {
  const list = [...entries];
  const head = new Writer();
  head.raw(new Uint8Array(MAGIC));
  head.varint(list.length);
  // Offsets are relative to the end of the index, each unit 4-byte aligned.
  let at = 0;
  for (const e of list) {
    head.str(e.filename);
    head.varint(e.sourceLength);
    head.u32(e.hash[0]);
    head.u32(e.hash[1]);
    head.varint(at);
    head.varint(e.unit.length);
    at += (e.unit.length + 3) & ~3;
  }
  const start = (head.n + 3) & ~3;
  const out = new Uint8Array(shared ? new SharedArrayBuffer(start + at) : new ArrayBuffer(start + at));
  out.set(head.bytes.subarray(0, head.n));
  at = start;
  for (const e of list) {
    out.set(e.unit, at);
    at += (e.unit.length + 3) & ~3;
  }
  return out;
}

/** Reads a bundle's index; units are decoded when asked for. */
export class CodeBundle {
  private readonly index = new Map<string, { sourceLength: number; h0: number; h1: number; offset: number; length: number }>();

  constructor(private readonly bytes: Uint8Array) {
    if (MAGIC.some((m, i) => bytes[i] !== m)) throw new Error('CodeBundle: not a code bundle');
    const r = new Reader(bytes, MAGIC.length);
    const n = r.varint();
    const entries: [string, { sourceLength: number; h0: number; h1: number; offset: number; length: number }][] = [];
    for (let i = 0; i < n; i++) {
      const filename = r.str();
      const sourceLength = r.varint();
      const h0 = r.u32(), h1 = r.u32();
      entries.push([filename, { sourceLength, h0, h1, offset: r.varint(), length: r.varint() }]);
    }
    const start = (r.i + 3) & ~3;
    for (const [f, e] of entries) this.index.set(f, { ...e, offset: e.offset + start });
  }

  get size(): number {
    return this.index.size;
  }

  has(filename: string): boolean {
    return this.index.has(filename);
  }

  /** The compiled unit of `filename` when the bundle has it for exactly this source. */
  lookup(filename: string, source: string): CodeUnit | undefined {
    const e = this.index.get(filename);
    if (e === undefined || e.sourceLength !== source.length) return undefined;
    const [h0, h1] = sourceHash(source);
    if (h0 !== e.h0 || h1 !== e.h1) return undefined;
    return decodeCodeUnit(this.bytes.subarray(e.offset, e.offset + e.length));
  }
}
