// Indirection so float.ts can produce a complex (negative base ** fractional exponent)
// without importing complex.ts, which imports float.ts.
import type { Ref } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { typeError } from '../errors.ts';

export const complexPowHook: { f: (rt: Runtime, x: number, y: number) => Ref } = {
  f: (rt) => typeError(rt, 'complex numbers are not available'),
};
