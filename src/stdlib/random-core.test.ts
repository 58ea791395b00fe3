import { describe, expect, it } from 'vitest';
import fixture from './__fixtures__/random.json';
import { FormatError } from '../vm/format/format-error.ts';
import { floatRepr } from '../vm/format/float-format.ts';
import { PyRandom } from './random-core.ts';
import { sha512 } from './sha512.ts';

type Seed = { i: string } | { s: string } | { bytes: number[] };

function make(seed: Seed): PyRandom {
  if ('i' in seed) return new PyRandom(BigInt(seed.i));
  if ('s' in seed) return new PyRandom(seed.s);
  return new PyRandom(Uint8Array.from(seed.bytes));
}

const f = (x: number): string => floatRepr(x);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** Replays the draws of tools/gen-format-fixtures.py gen_random, in the same order. */
function replay(seed: Seed): Record<string, unknown> {
  const r = make(seed);
  const out: Record<string, unknown> = { seed };
  out.random = range(20).map(() => f(r.random()));
  out.randint = range(20).map(() => Number(r.randint(1n, 100n)));
  out.randrange = range(10).map(() => Number(r.randrange(0n, 1000n, 7n)));
  out.randrange_neg = range(10).map(() => Number(r.randrange(100n, -50n, -3n)));
  out.randrange_big = range(5).map(() => r.randrange(10n ** 30n).toString());
  out.choice = range(10).map(() => r.choiceIndex(50));
  const lst = range(20);
  r.shuffleArray(lst);
  out.shuffle = lst;
  out.sample_small = r.sampleIndices(100, 10).map(Number);
  out.sample_pool = r.sampleIndices(30, 12).map(Number);
  out.sample_all = r.sampleIndices(5, 5).map(Number);
  out.sample_big = r.sampleIndices(10 ** 6, 5).map(Number);
  out.sample_huge = r.sampleIndices(10n ** 18n, 3).map(String);
  out.uniform = range(10).map(() => f(r.uniform(-3.5, 7.25)));
  out.gauss = range(11).map(() => f(r.gauss(1.0, 2.0)));
  out.normalvariate = range(10).map(() => f(r.normalvariate(0.0, 1.0)));
  out.expovariate = range(10).map(() => f(r.expovariate(1.5)));
  out.triangular = [
    ...range(5).map(() => f(r.triangular(0.0, 10.0, 3.0))),
    ...range(3).map(() => f(r.triangular())),
  ];
  out.choices = r.choicesIndices(10, 10);
  out.choices_w = r.choicesIndices(5, 10, [1, 3, 6, 10, 15]);
  out.choices_cw = r.choicesIndices(4, 10, [0.5, 1.0, 3.0, 3.5]);
  out.betavariate = range(5).map(() => f(r.betavariate(2.0, 3.0)));
  out.gammavariate = [0.5, 1.0, 2.5, 9.0].map((a) => f(r.gammavariate(a, 1.5)));
  out.lognormvariate = range(3).map(() => f(r.lognormvariate(0.0, 0.5)));
  out.vonmisesvariate = range(3).map(() => f(r.vonmisesvariate(1.0, 2.0)));
  out.paretovariate = range(3).map(() => f(r.paretovariate(2.0)));
  out.weibullvariate = range(3).map(() => f(r.weibullvariate(1.0, 1.5)));
  out.getrandbits = range(100).map((k) => r.getrandbits(k + 1).toString());
  out.randbytes = Array.from(r.randbytes(13));
  const state = r.getState();
  out.state_tail = [state.words.slice(0, 3), state.words[624], state.gaussNext];
  out.after_state = f(r.random());
  return out;
}

/**
 * Draws that go through log/exp/sin/cos/pow/acos. Ours are correctly rounded; glibc's
 * (python3's) are not in about 0.1% of cases, so a rare last-bit difference is
 * expected there (see correctly-rounded.ts). Everything else must match exactly.
 */
const LIBM_KEYS = new Set([
  'normalvariate', 'expovariate', 'betavariate', 'gammavariate', 'lognormvariate',
  'vonmisesvariate', 'paretovariate', 'weibullvariate',
]);

describe('random against python3', () => {
  const libmDiffs: string[] = [];
  let libmCount = 0;
  for (const c of fixture.seeds) {
    it(`reproduces every draw for seed ${JSON.stringify(c.seed)}`, () => {
      const got = replay(c.seed as Seed);
      const want = c as Record<string, unknown>;
      for (const key of Object.keys(want)) {
        if (!LIBM_KEYS.has(key)) {
          expect([key, got[key]]).toEqual([key, want[key]]);
          continue;
        }
        const g = got[key] as string[];
        const w = want[key] as string[];
        expect(g.length).toBe(w.length);
        g.forEach((x, i) => {
          libmCount++;
          if (x !== w[i]) {
            libmDiffs.push(`${JSON.stringify(c.seed)} ${key}[${i}]: ${x} vs python3 ${w[i]}`);
            expect(Math.abs(Number(x) - Number(w[i!])) / Math.abs(Number(w[i]))).toBeLessThan(1e-13);
          }
        });
      }
    });
  }

  it('differs from glibc in the last bits only rarely', () => {
    // At the time of writing: 1 of ~750 values (a cos() input 0.1216562195713238
    // whose true value lies within 3e-20 of a rounding midpoint).
    expect(libmCount).toBeGreaterThan(500);
    expect(libmDiffs.length, libmDiffs.join('\n')).toBeLessThanOrEqual(2);
  });

  it('raises python3 errors', () => {
    const r = new PyRandom(0n);
    const calls: Record<string, () => unknown> = {
      'randrange(0)': () => r.randrange(0n),
      'randrange(5, 5)': () => r.randrange(5n, 5n),
      'randrange(5, 2)': () => r.randrange(5n, 2n),
      'randrange(0, 10, 0)': () => r.randrange(0n, 10n, 0n),
      'randrange(0, 10, -1)': () => r.randrange(0n, 10n, -1n),
      'choice([])': () => r.choiceIndex(0),
      'sample(range(3), 4)': () => r.sampleIndices(3, 4),
      'sample(range(3), -1)': () => r.sampleIndices(3, -1),
      'getrandbits(-1)': () => r.getrandbits(-1),
      'choices(range(3), cum_weights=[0, 0, 0])': () => r.choicesIndices(3, 1, [0, 0, 0]),
      'choices(range(3), weights=[1, 2])': () => r.choicesIndices(3, 1, [1, 3]),
      'choices(range(2), weights=[1, inf])': () => r.choicesIndices(2, 1, [1, Infinity]),
      'gammavariate(0, 1)': () => r.gammavariate(0, 1),
    };
    for (const [name, want] of fixture.errors as [string, { exc: string; msg: string }][]) {
      let got: unknown = 'no error';
      try {
        calls[name]!();
      } catch (e) {
        got = e instanceof FormatError ? { exc: e.excType, msg: e.message } : String(e);
      }
      expect([name, got]).toEqual([name, want]);
    }
  });

  it('restores a saved state, gauss_next included', () => {
    const r = new PyRandom(7n);
    r.gauss();
    const saved = r.getState();
    const a = [r.random(), r.gauss(), r.gauss()];
    r.setState(saved);
    expect([r.random(), r.gauss(), r.gauss()]).toEqual(a);
  });

  it('seeds from a host entropy source for seed(None)', () => {
    const fill = (w: Uint32Array) => w.fill(12345);
    expect(new PyRandom(null, fill).random()).toBe(new PyRandom(null, fill).random());
  });
});

describe('sha512', () => {
  it('matches the FIPS 180-2 test vectors', () => {
    const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    expect(hex(sha512(new Uint8Array()))).toBe(
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    );
    expect(hex(sha512(Uint8Array.from([0x61, 0x62, 0x63])))).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
  });
});
