// `_time`: the clocks and sleep of the `time` module (src/stdlib/py/time.py builds the rest:
// struct_time, strftime, gmtime...). All clocks read the Host's run clock, which is real time
// on the shared platform and simulated time on the virtual one, so time.time(),
// perf_counter() and sleep() agree with what the timeline shows.
//
// sleep() does not block here: it returns a block request, and the platform that runs the
// thread waits (releasing the GIL, as CPython's time.sleep does) and resumes it.

import type { Ref } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { registerNatives } from '../../vm/registry.ts';
import { registerNativeModule } from '../../vm/import.ts';
import { nativeFunction } from '../../vm/objects/descriptors.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet } from '../../vm/objects/dict-core.ts';
import { typeError, valueError, overflowError } from '../../vm/errors.ts';
import { isInstance, typeName } from '../../vm/abstract.ts';
import { floatFromObject } from '../../vm/objects/float.ts';
import { requestBlock } from '../../vm/vm-state.ts';

const noArgs = (rt: Runtime, name: string, args: Ref[]): void => {
  if (args.length !== 0) typeError(rt, `time.${name}() takes no arguments (${args.length} given)`);
};

/** Seconds since the run began. */
const elapsed = (rt: Runtime): number => rt.host.now() / 1e6;

const FNS: Record<string, (rt: Runtime, self: Ref, args: Ref[], kw: Ref | null) => Ref> = {
  time(rt, _s, args) { noArgs(rt, 'time', args); return rt.newFloat(rt.host.epochSeconds + elapsed(rt)); },
  time_ns(rt, _s, args) {
    noArgs(rt, 'time_ns', args);
    return rt.newInt(BigInt(Math.round(rt.host.epochSeconds * 1e6 + rt.host.now())) * 1000n);
  },
  perf_counter(rt, _s, args) { noArgs(rt, 'perf_counter', args); return rt.newFloat(elapsed(rt)); },
  perf_counter_ns(rt, _s, args) { noArgs(rt, 'perf_counter_ns', args); return rt.newInt(BigInt(Math.round(rt.host.now() * 1000))); },
  monotonic(rt, _s, args) { noArgs(rt, 'monotonic', args); return rt.newFloat(elapsed(rt)); },
  monotonic_ns(rt, _s, args) { noArgs(rt, 'monotonic_ns', args); return rt.newInt(BigInt(Math.round(rt.host.now() * 1000))); },
  // No CPU-time clock exists in a browser; the run clock is the honest stand-in (and in a
  // CPU-bound single-threaded program it is what process time would be).
  process_time(rt, _s, args) { noArgs(rt, 'process_time', args); return rt.newFloat(elapsed(rt)); },
  process_time_ns(rt, _s, args) { noArgs(rt, 'process_time_ns', args); return rt.newInt(BigInt(Math.round(rt.host.now() * 1000))); },
  thread_time(rt, _s, args) { noArgs(rt, 'thread_time', args); return rt.newFloat(elapsed(rt)); },
  thread_time_ns(rt, _s, args) { noArgs(rt, 'thread_time_ns', args); return rt.newInt(BigInt(Math.round(rt.host.now() * 1000))); },
  sleep(rt, _s, args) {
    if (args.length !== 1) typeError(rt, `time.sleep() takes exactly one argument (${args.length} given)`);
    const a = args[0]!;
    if (!isInstance(rt, a, rt.types.int) && !isInstance(rt, a, rt.types.float)) {
      typeError(rt, `'${typeName(rt, a)}' object cannot be interpreted as an integer`);
    }
    const secs = floatFromObject(rt, a);
    if (Number.isNaN(secs)) valueError(rt, 'Invalid value NaN (not a number)');
    if (secs < 0) valueError(rt, 'sleep length must be non-negative');
    if (secs > 9.2e12) overflowError(rt, 'sleep length is too large');
    return requestBlock(rt, { kind: 'sleep', timeoutMicros: secs * 1e6, result: rt.none });
  },
};

registerNatives({ key: '_time', fns: FNS });

registerNativeModule('_time', (rt, m) => {
  const d = moduleDict(rt, m);
  for (const name of Object.keys(FNS)) dictSet(rt, d, rt.intern(name), nativeFunction(rt, '_time', name, m, rt.intern('time')));
});
