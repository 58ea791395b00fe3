/**
 * The core of Python's `random` module, bit-exact with CPython: the same seed gives
 * the same numbers, the same shuffles and the same samples as python3.
 *
 * Two layers, as in CPython:
 * - Modules/_randommodule.c: MT19937 (Matsumoto & Nishimura's reference algorithm),
 *   seeded through init_by_array with the absolute value of an int seed split into
 *   32-bit words, least significant first (random_seed); random() from two draws
 *   (genrand_res53); getrandbits(k) filling 32-bit words little-endian and dropping
 *   the surplus low bits of the last draw.
 * - Lib/random.py (3.11; 3.13 computes the same values): _randbelow_with_getrandbits,
 *   randrange, randint, choice, shuffle, sample (the pool branch for small
 *   populations, the set branch otherwise, chosen by the same table-size rule),
 *   choices, and the real-valued distributions. These are reimplemented here on JS
 *   numbers and bigints, in the same order of draws, which is what makes the results
 *   identical. Error messages are python3.11's.
 *
 * What the VM does around it: turning Python arguments into bigint/number (operator
 * .index, float()), hashing float/other seeds (pass hash(x) to seedFromHash), mapping
 * the index lists returned by sample/choices back to population items, and passing
 * a host entropy source for seed(None). The distributions use correctly rounded
 * log/exp/sin/cos/pow (./correctly-rounded.ts): V8's Math functions differ from
 * glibc's in the last bit for several percent of inputs, ours for about 0.1% (where
 * glibc itself is not correctly rounded).
 */

import { FormatError, valueError } from '../vm/format/format-error.ts';
import { crAcos, crCos, crExp, crLog, crPowPositive, crSin } from './correctly-rounded.ts';
import { sha512 } from './sha512.ts';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

const NV_MAGICCONST = (4 * crExp(-0.5)) / Math.sqrt(2.0);
const TWOPI = 2 * Math.PI;
const LOG4 = crLog(4.0);
const SG_MAGICCONST = 1.0 + crLog(4.5);

/** Fills `words` with entropy (the host's crypto.getRandomValues or similar). */
export type EntropySource = (words: Uint32Array) => void;

export interface RandomState {
  /** 624 state words then the index, as random.getstate()[1]. */
  words: number[];
  gaussNext: number | null;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

function utf8(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      // str.encode() would raise UnicodeEncodeError (a ValueError subclass).
      throw valueError(
        `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${i}: surrogates not allowed`,
      );
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else {
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return Uint8Array.from(out);
}

/** int.from_bytes(bytes) with the default big-endian order. */
function bytesToBigInt(bytes: Uint8Array): bigint {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex === '' ? 0n : BigInt('0x' + hex);
}

/** Words of state storage a generator needs: mt[624], index, a gauss flag, gauss value (f64). */
export const STATE_WORDS = N + 4;

export class PyRandom {
  // The state lives in one Uint32Array (which may be a view into a Python heap, so that
  // every worker of a process draws from the same generator): mt[0..N), then the index,
  // a flag saying whether a gauss value is pending, and that value as two words of a
  // float64 (state[N+2..N+4), 8-byte aligned when the view is).
  private readonly mt: Uint32Array;
  private readonly state: Uint32Array;
  private readonly gaussSlot: Float64Array;

  constructor(seed?: bigint | string | Uint8Array | null, entropy?: EntropySource, storage?: Uint32Array) {
    this.state = storage ?? new Uint32Array(STATE_WORDS);
    if (storage === undefined) this.state[N] = N + 1; // never seeded
    this.mt = this.state.subarray(0, N);
    this.gaussSlot = new Float64Array(this.state.buffer, this.state.byteOffset + (N + 2) * 4, 1);
    if (seed !== undefined) this.seed(seed, entropy);
  }

  /** A generator over existing state storage (fresh storage must be zeroed: index 0 with an
   *  all-zero mt is not a valid state, so `initStorage` first). */
  static attach(storage: Uint32Array): PyRandom {
    return new PyRandom(undefined, undefined, storage);
  }

  /** Marks zeroed storage as never seeded. */
  static initStorage(storage: Uint32Array): void {
    storage[N] = N + 1;
    storage[N + 1] = 0;
  }

  private get index(): number { return this.state[N]!; }
  private set index(v: number) { this.state[N] = v; }

  /** Random.gauss keeps its second value for the next call. */
  get gaussNext(): number | null { return this.state[N + 1] === 1 ? this.gaussSlot[0]! : null; }
  set gaussNext(v: number | null) {
    if (v === null) this.state[N + 1] = 0;
    else { this.gaussSlot[0] = v; this.state[N + 1] = 1; }
  }

  // -------------------------------------------------------------------------
  // Modules/_randommodule.c

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  private initByArray(key: Uint32Array | number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    const keyLen = key.length;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, keyLen); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= keyLen) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000; // MSB set: a non-zero initial state
  }

  /** random_seed for an int: abs(n) split into 32-bit words, low word first. */
  private seedInt(n: bigint): void {
    let v = n < 0n ? -n : n;
    const bits = bitLength(v);
    const words = bits === 0 ? 1 : ((bits - 1) >> 5) + 1;
    const key = new Uint32Array(words);
    for (let i = 0; i < words; i++) {
      key[i] = Number(v & 0xffffffffn);
      v >>= 32n;
    }
    this.initByArray(key);
  }

  /** genrand_uint32 */
  nextUint32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      if (this.index === N + 1) this.initGenrand(5489); // never seeded
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    const at = this.index;
    this.index = at + 1;
    let y = mt[at]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 53 random bits, genrand_res53. */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k) */
  getrandbits(k: number): bigint {
    if (k < 0) throw valueError('number of bits must be non-negative');
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.nextUint32() >>> (32 - k));
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.nextUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  /** getrandbits(k) for k <= 32, as a number. */
  private bitsSmall(k: number): number {
    return k === 0 ? 0 : this.nextUint32() >>> (32 - k);
  }

  /**
   * Random.seed(a): None (entropy), int, str/bytes (version 2: the bytes followed by
   * their SHA-512, read as a big-endian int). gauss_next is reset.
   */
  seed(a: bigint | string | Uint8Array | null, entropy?: EntropySource): void {
    if (a === null) {
      const key = new Uint32Array(N);
      if (!entropy) throw new Error('random.seed(None) needs a host entropy source');
      entropy(key);
      this.initByArray(key);
    } else if (typeof a === 'bigint') {
      this.seedInt(a);
    } else {
      const bytes = typeof a === 'string' ? utf8(a) : a;
      const digest = sha512(bytes);
      const all = new Uint8Array(bytes.length + digest.length);
      all.set(bytes);
      all.set(digest, bytes.length);
      this.seedInt(bytesToBigInt(all));
    }
    this.gaussNext = null;
  }

  /**
   * Seeds from hash(x) for objects that are neither None, int, str nor bytes (floats
   * in practice): CPython's random_seed uses the hash as an unsigned size_t.
   */
  seedFromHash(hash: bigint): void {
    this.seedInt(BigInt.asUintN(64, hash));
    this.gaussNext = null;
  }

  getState(): RandomState {
    return { words: [...this.mt, Math.min(this.index, N)], gaussNext: this.gaussNext };
  }

  /** random_setstate; the VM checks the tuple shape (625 ints, version 3). */
  setState(state: RandomState): void {
    if (state.words.length !== N + 1) throw new FormatError('ValueError', 'state vector is the wrong size');
    const index = state.words[N]!;
    if (index < 0 || index > N) throw valueError('invalid state');
    for (let i = 0; i < N; i++) this.mt[i] = state.words[i]! >>> 0;
    this.index = index;
    this.gaussNext = state.gaussNext;
  }

  // -------------------------------------------------------------------------
  // Lib/random.py: integers and sequences

  /** _randbelow_with_getrandbits(n), n > 0. */
  randbelow(n: bigint): bigint {
    if (n <= 0xffffffffn) return BigInt(this.randbelowNumber(Number(n)));
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** _randbelow for 0 < n < 2**32 without BigInt. */
  randbelowNumber(n: number): number {
    const k = 32 - Math.clz32(n);
    let r = this.bitsSmall(k);
    while (r >= n) r = this.bitsSmall(k);
    return r;
  }

  /** randrange(start[, stop[, step]]) on ints (the VM applies operator.index). */
  randrange(start: bigint, stop: bigint | null = null, step: bigint | null = null): bigint {
    if (stop === null) {
      if (step !== null) throw new FormatError('TypeError', 'Missing a non-None stop argument');
      if (start > 0n) return this.randbelow(start);
      throw valueError('empty range for randrange()');
    }
    const width = stop - start;
    const istep = step ?? 1n;
    if (istep === 1n) {
      if (width > 0n) return start + this.randbelow(width);
      throw valueError(`empty range for randrange() (${start}, ${stop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw valueError('zero step for randrange()');
    if (n <= 0n) throw valueError('empty range for randrange()');
    return start + istep * this.randbelow(n);
  }

  /** randint(a, b) */
  randint(a: bigint, b: bigint): bigint {
    return this.randrange(a, b + 1n);
  }

  /** The index choice(seq) picks for a sequence of length `len`. */
  choiceIndex(len: number): number {
    if (len === 0) throw new FormatError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelowNumberOrBig(len);
  }

  private randbelowNumberOrBig(n: number): number {
    return n <= 0xffffffff ? this.randbelowNumber(n) : Number(this.randbelow(BigInt(n)));
  }

  /** shuffle(x) for a sequence of length `len`; `swap(i, j)` exchanges x[i], x[j]. */
  shuffle(len: number, swap: (i: number, j: number) => void): void {
    for (let i = len - 1; i > 0; i--) {
      const j = this.randbelowNumberOrBig(i + 1);
      swap(i, j);
    }
  }

  /** shuffle of a JS array in place. */
  shuffleArray<T>(x: T[]): void {
    this.shuffle(x.length, (i, j) => {
      const t = x[i]!;
      x[i] = x[j]!;
      x[j] = t;
    });
  }

  /**
   * sample(population, k) as the indices into the population, in selection order.
   * n is len(population) (a bigint for huge ranges).
   */
  sampleIndices(n: bigint | number, k: number): bigint[] {
    const nn = BigInt(n);
    if (!(k >= 0 && BigInt(k) <= nn)) {
      throw valueError('Sample larger than population or is negative');
    }
    const result: bigint[] = new Array(k);
    let setsize = 21; // size of a small set minus size of an empty list
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4)); // table size for big sets
    if (nn <= BigInt(setsize)) {
      const size = Number(nn);
      const pool: number[] = Array.from({ length: size }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelowNumber(size - i);
        result[i] = BigInt(pool[j]!);
        pool[j] = pool[size - i - 1]!; // move the unselected item into the vacancy
      }
    } else {
      const selected = new Set<bigint>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(nn);
        while (selected.has(j)) j = this.randbelow(nn);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * choices(population, weights=None, *, cum_weights=None, k=1) as indices. The VM
   * accumulates `weights` into `cumWeights` (itertools.accumulate) and checks that
   * both were not given.
   */
  choicesIndices(n: number, k: number, cumWeights: readonly number[] | null = null): number[] {
    const out: number[] = [];
    if (cumWeights === null) {
      const nf = n + 0.0;
      for (let i = 0; i < k; i++) out.push(Math.floor(this.random() * nf));
      return out;
    }
    if (cumWeights.length !== n) {
      throw valueError('The number of weights does not match the population');
    }
    const total = cumWeights[n - 1]! + 0.0;
    if (total <= 0.0) throw valueError('Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw valueError('Total of weights must be finite');
    const hi = n - 1;
    for (let i = 0; i < k; i++) out.push(bisectRight(cumWeights, this.random() * total, 0, hi));
    return out;
  }

  /** randbytes(n): getrandbits(n * 8) as n little-endian bytes. */
  randbytes(n: number): Uint8Array {
    if (n < 0) throw valueError('negative argument not allowed');
    let v = this.getrandbits(n * 8);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return out;
  }

  // -------------------------------------------------------------------------
  // Lib/random.py: real-valued distributions

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    let c: number;
    if (mode === null) c = 0.5;
    else if (high - low === 0) return low; // ZeroDivisionError in (mode-low)/(high-low)
    else c = (mode - low) / (high - low);
    let lo = low;
    let hi = high;
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [lo, hi] = [hi, lo];
    }
    return lo + (hi - lo) * Math.sqrt(u * c);
  }

  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -crLog(u2)) break;
    }
    return mu + z * sigma;
  }

  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * crLog(1.0 - this.random()));
      z = crCos(x2pi) * g2rad;
      this.gaussNext = crSin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return crExp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd = 1.0): number {
    if (lambd === 0) throw new FormatError('ZeroDivisionError', 'float division by zero');
    return -crLog(1.0 - this.random()) / lambd;
  }

  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = crCos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * crExp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    return u3 > 0.5 ? pyMod(mu + crAcos(f), TWOPI) : pyMod(mu - crAcos(f), TWOPI);
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw valueError('gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1.0) {
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = crLog(u1 / (1.0 - u1)) / ainv;
        const x = alpha * crExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= crLog(z)) return x * beta;
      }
    } else if (alpha === 1.0) {
      return -crLog(1.0 - this.random()) * beta;
    }
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1.0 ? pow(p, 1.0 / alpha) : -crLog((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pow(x, alpha - 1.0)) break;
      } else if (u1 <= crExp(-x)) break;
    }
    return x * beta;
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    if (y) return y / (y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    return pow(u, -1.0 / alpha);
  }

  weibullvariate(alpha: number, beta: number): number {
    const u = 1.0 - this.random();
    return alpha * pow(-crLog(u), 1.0 / beta);
  }
}

/** Python's float ** for the operands the distributions produce (a positive base). */
function pow(x: number, y: number): number {
  return x > 0 ? crPowPositive(x, y) : Math.pow(x, y);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Python's float % (the result takes the divisor's sign). */
function pyMod(a: number, b: number): number {
  const m = a % b;
  return m !== 0 && m < 0 !== b < 0 ? m + b : m;
}

/** bisect.bisect_right(a, x, lo, hi) */
function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
  let l = lo;
  let h = hi;
  while (l < h) {
    const mid = (l + h) >> 1;
    if (x < a[mid]!) h = mid;
    else l = mid + 1;
  }
  return l;
}
