// `_random.Random`: the Mersenne Twister state of a `random.Random` object, kept in the
// Python heap so that every worker of a process draws from the same generator (threads
// calling random.random() share its sequence exactly as in CPython). The algorithms are
// src/stdlib/random-core.ts (bit-exact with python3); src/stdlib/py/random.py is the module.
//
// Layout: header, then the address of a raw block holding STATE_WORDS words of state.

import { type Ref, NULL, HEADER_BYTES, smallInt } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { registerType } from '../../vm/registry.ts';
import { registerNativeModule } from '../../vm/import.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet } from '../../vm/objects/dict-core.ts';
import { typeError, valueError, raise } from '../../vm/errors.ts';
import { isInstance, typeName, hash as pyHash, index as pyIndex } from '../../vm/abstract.ts';
import { intToBigInt } from '../../vm/objects/int.ts';
import { floatFromObject } from '../../vm/objects/float.ts';
import { newTuple, tupleLen, tupleGet } from '../../vm/objects/tuple-core.ts';
import { newList } from '../../vm/objects/list-core.ts';
import { bytesLikeData } from '../../vm/objects/bytes.ts';
import { FormatError } from '../../vm/format/format-error.ts';
import { PyRandom, STATE_WORDS } from '../random-core.ts';

const R_STATE = 2; // word index of the state block's address
const R_BYTES = 16;

/** Per-worker cache of generators, keyed by the state block's address (validated by
 *  identity of the view's storage; a block is reused only after the object died). */
const cache = new WeakMap<Runtime, Map<number, PyRandom>>();

function gen(rt: Runtime, self: Ref): PyRandom {
  const block = rt.heap.i32[(self >> 2) + R_STATE] as Ref;
  if (block === NULL) typeError(rt, 'Random object is not initialized');
  let m = cache.get(rt);
  if (m === undefined) cache.set(rt, (m = new Map()));
  let g = m.get(block);
  const words = new Uint32Array(rt.heap.u32.buffer, block + HEADER_BYTES, STATE_WORDS);
  if (g === undefined || (g as unknown as { state: Uint32Array }).state.buffer !== words.buffer) {
    g = PyRandom.attach(words);
    m.set(block, g);
  }
  return g;
}

function rethrow(rt: Runtime, e: unknown): never {
  if (e instanceof FormatError) raise(rt, rt.types[e.excType as 'ValueError'], e.message);
  throw e;
}

function seedArg(rt: Runtime, a: Ref): bigint | string | Uint8Array | null {
  if (a === NULL || a === rt.none) return null;
  if (isInstance(rt, a, rt.types.int)) return intToBigInt(rt, a);
  if (isInstance(rt, a, rt.types.str)) return rt.jsStr(a);
  const data = bytesLikeData(rt, a);
  if (data !== null) return data.slice();
  return null;
}

/** Entropy for seed(None): the pure layers have no crypto source, so mix the run clock. */
function entropy(rt: Runtime): () => Uint8Array {
  return () => {
    const out = new Uint8Array(32);
    let x = (rt.host.now() * 1000 + rt.host.epochSeconds * 1e6) >>> 0;
    for (let i = 0; i < out.length; i++) {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
      out[i] = x & 0xff;
    }
    return out;
  };
}

const num = (rt: Runtime, o: Ref): number => floatFromObject(rt, o);
const bigOf = (rt: Runtime, o: Ref): bigint => intToBigInt(rt, pyIndex(rt, o));

registerType({
  key: '_random.Random',
  name: 'Random',
  module: '_random',
  basicsize: R_BYTES,
  flags: 2 /* TF_BASETYPE */,
  slots: {
    new(rt, type) {
      const self = rt.heap.alloc(type, Math.max(R_BYTES, rt.heap.i32[(type >> 2) + 11]));
      const block = rt.heap.allocRaw(STATE_WORDS * 4);
      rt.heap.i32[(self >> 2) + R_STATE] = block;
      PyRandom.initStorage(new Uint32Array(rt.heap.u32.buffer, block + HEADER_BYTES, STATE_WORDS));
      return self;
    },
    traverse(rt, self, visit) {
      const b = rt.heap.i32[(self >> 2) + R_STATE] as Ref;
      if (b !== NULL) visit(b);
    },
  },
  methods: {
    random(rt, self) { return rt.newFloat(gen(rt, self).random()); },
    seed(rt, self, args) {
      const a = args.length > 0 ? args[0]! : NULL;
      const g = gen(rt, self);
      try {
        if (a !== NULL && isInstance(rt, a, rt.types.float)) g.seedFromHash(BigInt(pyHash(rt, a)));
        else if (a !== NULL && a !== rt.none && !isInstance(rt, a, rt.types.int) && !isInstance(rt, a, rt.types.str)
          && !isInstance(rt, a, rt.types.bytes) && !isInstance(rt, a, rt.types.bytearray)) {
          typeError(rt, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
        } else g.seed(seedArg(rt, a), entropy(rt));
      } catch (e) { rethrow(rt, e); }
      return rt.none;
    },
    getrandbits(rt, self, args) {
      const k = Number(bigOf(rt, args[0]!));
      if (k < 0) valueError(rt, 'number of bits must be non-negative');
      return rt.newInt(gen(rt, self).getrandbits(k));
    },
    _randbelow(rt, self, args) { return rt.newInt(gen(rt, self).randbelow(bigOf(rt, args[0]!))); },
    randrange(rt, self, args) {
      try {
        const g = gen(rt, self);
        const start = args[0]!, stop = args.length > 1 ? args[1]! : rt.none, step = args.length > 2 ? args[2]! : rt.none;
        for (const v of [start, stop, step]) {
          if (v !== rt.none && !isInstance(rt, v, rt.types.int)) {
            if (isInstance(rt, v, rt.types.float)) {
              const f = num(rt, v);
              if (!Number.isInteger(f)) valueError(rt, `non-integer arg 1 for randrange()`);
            } else typeError(rt, `'${typeName(rt, v)}' object cannot be interpreted as an integer`);
          }
        }
        const toBig = (v: Ref): bigint => (isInstance(rt, v, rt.types.float) ? BigInt(num(rt, v)) : bigOf(rt, v));
        return rt.newInt(g.randrange(toBig(start), stop === rt.none ? null : toBig(stop), step === rt.none ? null : toBig(step)));
      } catch (e) { rethrow(rt, e); }
    },
    randint(rt, self, args) {
      try { return rt.newInt(gen(rt, self).randint(bigOf(rt, args[0]!), bigOf(rt, args[1]!))); } catch (e) { rethrow(rt, e); }
    },
    _choice_index(rt, self, args) { return smallInt(gen(rt, self).choiceIndex(Number(bigOf(rt, args[0]!)))); },
    _shuffle_swaps(rt, self, args) {
      const pairs: Ref[] = [];
      gen(rt, self).shuffle(Number(bigOf(rt, args[0]!)), (i, j) => { pairs.push(newTuple(rt, [smallInt(i), smallInt(j)])); });
      return newList(rt, pairs);
    },
    _sample_indices(rt, self, args) {
      try {
        const idx = gen(rt, self).sampleIndices(bigOf(rt, args[0]!), Number(bigOf(rt, args[1]!)));
        return newList(rt, idx.map((v) => rt.newInt(v)));
      } catch (e) { rethrow(rt, e); }
    },
    _choices_indices(rt, self, args) {
      try {
        const n = Number(bigOf(rt, args[0]!)), k = Number(bigOf(rt, args[1]!));
        const cw = args[2]! === rt.none ? null : Array.from({ length: tupleLen(rt, args[2]!) }, (_, i) => num(rt, tupleGet(rt, args[2]!, i)));
        return newList(rt, gen(rt, self).choicesIndices(n, k, cw).map((v) => smallInt(v)));
      } catch (e) { rethrow(rt, e); }
    },
    uniform(rt, self, args) { return rt.newFloat(gen(rt, self).uniform(num(rt, args[0]!), num(rt, args[1]!))); },
    triangular(rt, self, args) {
      const low = args.length > 0 ? num(rt, args[0]!) : 0, high = args.length > 1 ? num(rt, args[1]!) : 1;
      const mode = args.length > 2 && args[2] !== rt.none ? num(rt, args[2]!) : null;
      return rt.newFloat(gen(rt, self).triangular(low, high, mode));
    },
    gauss(rt, self, args) { return rt.newFloat(gen(rt, self).gauss(args.length > 0 ? num(rt, args[0]!) : 0, args.length > 1 ? num(rt, args[1]!) : 1)); },
    normalvariate(rt, self, args) { return rt.newFloat(gen(rt, self).normalvariate(args.length > 0 ? num(rt, args[0]!) : 0, args.length > 1 ? num(rt, args[1]!) : 1)); },
    lognormvariate(rt, self, args) { return rt.newFloat(gen(rt, self).lognormvariate(num(rt, args[0]!), num(rt, args[1]!))); },
    expovariate(rt, self, args) {
      try { return rt.newFloat(gen(rt, self).expovariate(args.length > 0 ? num(rt, args[0]!) : 1)); } catch (e) { rethrow(rt, e); }
    },
    vonmisesvariate(rt, self, args) { return rt.newFloat(gen(rt, self).vonmisesvariate(num(rt, args[0]!), num(rt, args[1]!))); },
    gammavariate(rt, self, args) {
      try { return rt.newFloat(gen(rt, self).gammavariate(num(rt, args[0]!), num(rt, args[1]!))); } catch (e) { rethrow(rt, e); }
    },
    betavariate(rt, self, args) {
      try { return rt.newFloat(gen(rt, self).betavariate(num(rt, args[0]!), num(rt, args[1]!))); } catch (e) { rethrow(rt, e); }
    },
    paretovariate(rt, self, args) { return rt.newFloat(gen(rt, self).paretovariate(num(rt, args[0]!))); },
    weibullvariate(rt, self, args) { return rt.newFloat(gen(rt, self).weibullvariate(num(rt, args[0]!), num(rt, args[1]!))); },
    getstate(rt, self) {
      const st = gen(rt, self).getState();
      return newTuple(rt, [smallInt(3), newTuple(rt, st.words.map((w) => rt.newInt(w))), st.gaussNext === null ? rt.none : rt.newFloat(st.gaussNext)]);
    },
    setstate(rt, self, args) {
      const t = args[0]!;
      if (!isInstance(rt, t, rt.types.tuple) || tupleLen(rt, t) !== 3) typeError(rt, 'state must be a tuple');
      const words = tupleGet(rt, t, 1);
      const n = tupleLen(rt, words);
      const g = tupleGet(rt, t, 2);
      try {
        gen(rt, self).setState({ words: Array.from({ length: n }, (_, i) => Number(intToBigInt(rt, tupleGet(rt, words, i)))), gaussNext: g === rt.none ? null : num(rt, g) });
      } catch (e) { rethrow(rt, e); }
      return rt.none;
    },
  },
});

registerNativeModule('_random', (rt, m) => {
  dictSet(rt, moduleDict(rt, m), rt.intern('Random'), rt.typeFor('_random.Random'));
});
