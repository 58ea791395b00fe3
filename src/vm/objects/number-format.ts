// Connects int.__format__ / float.__format__ (non-empty specs) to the format-spec
// mini-language in src/vm/format/format-spec.ts, turning its FormatError into the Python
// exception it names.

import type { Ref } from '../heap.ts';
import { isSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { raise } from '../errors.ts';
import { formatInt, formatFloat } from '../format/format-spec.ts';
import { FormatError } from '../format/format-error.ts';
import { setFormatIntHook, intToBigInt } from './int.ts';
import { setFormatFloatHook, floatValue } from './float.ts';

function guarded(rt: Runtime, f: () => string): Ref {
  try {
    return rt.newStr(f());
  } catch (e) {
    if (e instanceof FormatError) raise(rt, (rt.types as Record<string, Ref>)[e.excType], e.message);
    throw e;
  }
}

setFormatIntHook((rt, self, spec) => guarded(rt, () => formatInt(isSmallInt(self) ? self >> 1 : intToBigInt(rt, self), rt.jsStr(spec))));
setFormatFloatHook((rt, self, spec) => guarded(rt, () => formatFloat(floatValue(rt, self), rt.jsStr(spec))));
