// Exact 64-bit hash arithmetic: Python's hash values are 64-bit (Py_hash_t on a 64-bit
// build), and two observable things depend on all 64 bits:
// - hash(t) of tuples and frozensets printed by programs (CPython 3.11
//   Objects/tupleobject.c tuplehash, an xxHash-based combiner; Objects/setobject.c
//   frozenset_hash with _shuffle_bits);
// - the iteration order of sets, whose probe sequence shifts the high bits of the hash
//   down (`perturb >>= 5`).
// A JS number only holds 53 bits, so the type slots' `hash` (a number, type-slots.ts) is
// exact only below 2**53. Here a hash is a pair of uint32 words (hi, lo); results are left
// in the module scratch `H` to keep hot paths free of allocation.
//
// The modulus for numeric hashes is 2**61 - 1 (Python/pyhash.c, _PyHASH_MODULUS), so the
// hash of an int or float is congruent to its value, which is what makes hash(1) ==
// hash(1.0) == hash(True).

/** Scratch result of the functions below: H.hi, H.lo are uint32 halves of a uint64. Its
 *  fields start as -0 so V8 gives them a double representation from the start: a uint32
 *  past 2**30 is not a small integer, and a field that changes representation at run time
 *  deprecates the object's map, which throws away optimised code that uses it (an eval
 *  loop compile in progress: 0.1-0.5 s of compiler time lost). */
export const H = { hi: -0, lo: -0 };

/** 64-bit wrap-around product of (ah:al) * (bh:bl) into H. */
export function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const hiOfLo = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  H.lo = ((mid << 16) | (p00 & 0xffff)) >>> 0;
  H.hi = (hiOfLo + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** (ah:al) + (bh:bl) mod 2**64 into H. */
export function add64(ah: number, al: number, bh: number, bl: number): void {
  const lo = (al >>> 0) + (bl >>> 0);
  H.lo = lo >>> 0;
  H.hi = ((ah >>> 0) + (bh >>> 0) + (lo > 0xffffffff ? 1 : 0)) >>> 0;
}

/** A signed JS-number hash (exact below 2**53 in magnitude) as uint64 halves, into H. */
export function fromNumber(h: number): void {
  if (h >= 0) {
    H.lo = h >>> 0;
    H.hi = Math.floor(h / 4294967296) >>> 0;
  } else {
    // Two's complement of |h|.
    const m = -h;
    const lo = m >>> 0, hi = Math.floor(m / 4294967296) >>> 0;
    H.lo = (~lo + 1) >>> 0;
    H.hi = (~hi + (H.lo === 0 ? 1 : 0)) >>> 0;
  }
}

/** uint64 halves as the signed JS number nearest to the Py_hash_t value. */
export function toNumber(hi: number, lo: number): number {
  return (hi | 0) * 4294967296 + (lo >>> 0);
}

export function fromBigInt(v: bigint): void {
  const u = BigInt.asUintN(64, v);
  H.hi = Number(u >> 32n);
  H.lo = Number(u & 0xffffffffn);
}
export function toBigInt(hi: number, lo: number): bigint {
  return BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
}

export const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_BITS = 61n;
export const HASH_INF = 314159;

/** long_hash (Objects/longobject.c): sign * (|v| mod 2**61-1), -1 mapped to -2. */
export function intHash(v: bigint): bigint {
  const neg = v < 0n;
  let x = (neg ? -v : v) % HASH_MODULUS;
  if (neg) x = -x;
  return x === -1n ? -2n : x;
}

/** _Py_HashDouble (Python/pyhash.c) for a finite or infinite double; null for NaN, whose
 *  hash is identity-based since 3.10 (the caller hashes the object's address). */
export function floatHash(v: number): bigint | null {
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) return null;
    return v > 0 ? BigInt(HASH_INF) : BigInt(-HASH_INF);
  }
  if (Number.isInteger(v)) return intHash(BigInt(v));
  // frexp: v = m * 2**e with 0.5 <= |m| < 1.
  let sign = 1n;
  let m = v;
  if (m < 0) { sign = -1n; m = -m; }
  let e = Math.floor(Math.log2(m)) + 1;
  // Correct a possibly off-by-one log2 near powers of two.
  while (m / 2 ** e >= 1) e++;
  while (m / 2 ** e < 0.5) e--;
  m = m / 2 ** e; // exact: dividing by a power of two
  let x = 0n;
  while (m) {
    x = ((x << 28n) & HASH_MODULUS) | (x >> (HASH_BITS - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  const eb = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << eb) & HASH_MODULUS) | (x >> (HASH_BITS - eb));
  x = BigInt.asIntN(64, x * sign);
  return x === -1n ? -2n : x;
}

// ---- tuplehash (CPython 3.11, 64-bit constants) ------------------------------------------
// XXPRIME_1 = 11400714785074694791, XXPRIME_2 = 14029467366897019727,
// XXPRIME_5 = 2870177450012600261, rotate left 31 bits.
const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5;

/** Accumulator of a tuple hash in progress (tuplehash's `acc`, set by tupleHashStart);
 *  doubles from the start, as H's fields are. */
export const TupleAcc = { hi: -0, lo: -0 };

export function tupleHashStart(): void { TupleAcc.hi = P5_HI; TupleAcc.lo = P5_LO; }

/** acc += lane * XXPRIME_2; acc = rotl(acc, 31); acc *= XXPRIME_1. */
export function tupleHashLane(laneHi: number, laneLo: number): void {
  mul64(laneHi, laneLo, P2_HI, P2_LO);
  add64(TupleAcc.hi, TupleAcc.lo, H.hi, H.lo);
  // rotate left by 31 = rotate right by 33
  const hi = H.hi, lo = H.lo;
  const rhi = ((hi << 31) | (lo >>> 1)) >>> 0;
  const rlo = ((lo << 31) | (hi >>> 1)) >>> 0;
  mul64(rhi, rlo, P1_HI, P1_LO);
  TupleAcc.hi = H.hi; TupleAcc.lo = H.lo;
}

/** acc += len ^ (XXPRIME_5 ^ 3527539); -1 becomes 1546275796. Result into H. */
export function tupleHashFinish(len: number): void {
  const kLo = ((P5_LO ^ 3527539) ^ len) >>> 0;
  const kHi = P5_HI >>> 0; // len < 2**32
  add64(TupleAcc.hi, TupleAcc.lo, kHi, kLo);
  if (H.hi === 0xffffffff && H.lo === 0xffffffff) { H.hi = 0; H.lo = 1546275796; }
}

// ---- frozenset_hash ------------------------------------------------------------------------

/** _shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167, into H. */
export function shuffleBits(hi: number, lo: number): void {
  const xlo = (lo ^ 89869747 ^ (lo << 16)) >>> 0;
  const xhi = (hi ^ ((hi << 16) | (lo >>> 16))) >>> 0;
  mul64(xhi, xlo, 0, 3644798167);
}

/**
 * frozenset_hash's final steps given the xor of _shuffle_bits over the ACTIVE entries.
 * (CPython xors over every slot, empty and dummy ones included, then xors the empty and
 * dummy contributions back out when their counts are odd: the net is the active entries.)
 * Result into H.
 */
export function frozensetHashFinish(xhi: number, xlo: number, used: number): void {
  let hi = xhi, lo = xlo;
  mul64(0, used + 1, 0, 1927868237);
  hi = (hi ^ H.hi) >>> 0; lo = (lo ^ H.lo) >>> 0;
  // hash ^= (hash >> 11) ^ (hash >> 25)
  const s11lo = ((lo >>> 11) | (hi << 21)) >>> 0, s11hi = hi >>> 11;
  const s25lo = ((lo >>> 25) | (hi << 7)) >>> 0, s25hi = hi >>> 25;
  hi = (hi ^ s11hi ^ s25hi) >>> 0; lo = (lo ^ s11lo ^ s25lo) >>> 0;
  // hash = hash * 69069 + 907133923
  mul64(hi, lo, 0, 69069);
  add64(H.hi, H.lo, 0, 907133923);
  if (H.hi === 0xffffffff && H.lo === 0xffffffff) { H.hi = 0; H.lo = 590923713; }
}
