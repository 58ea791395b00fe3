// `_os`: what `os` needs from the platform — the process ids, the CPU count and the
// environment (src/stdlib/py/os.py builds the module on top). There is no file system: a
// program is one file, so os offers the path helpers but no directory listing.
// `_exit(n)` ends the process at once (CPython Modules/posixmodule.c os__exit_impl calls
// _exit(2)): no finally, no atexit, no flush of Python-level buffers, no thread shutdown.

import type { Ref } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { registerNatives } from '../../vm/registry.ts';
import { registerNativeModule } from '../../vm/import.ts';
import { nativeFunction } from '../../vm/objects/descriptors.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet } from '../../vm/objects/dict-core.ts';
import { newDict } from '../../vm/objects/dict-core.ts';
import { typeError } from '../../vm/errors.ts';
import { isInstance, typeName } from '../../vm/abstract.ts';
import { intToBigInt } from '../../vm/objects/int.ts';
import { ProcessExit } from '../../vm/vm-state.ts';
import { mpPlatformOrNull } from './mp.ts';

/** A process id when the platform gives none: fixed, like a lone CPython process's. */
const DEFAULT_PID = 4242;

const noArgs = (rt: Runtime, name: string, args: Ref[]): void => {
  if (args.length !== 0) typeError(rt, `${name}() takes no arguments (${args.length} given)`);
};

const FNS: Record<string, (rt: Runtime, self: Ref, args: Ref[], kw: Ref | null) => Ref> = {
  getpid(rt, _s, args) { noArgs(rt, 'getpid', args); return rt.newInt(rt.host.pid ?? DEFAULT_PID); },
  getppid(rt, _s, args) { noArgs(rt, 'getppid', args); return rt.newInt(rt.host.ppid ?? 1); },
  _exit(rt, _s, args, kw) {
    if (kw !== null && kw !== 0) typeError(rt, '_exit() takes no keyword arguments');
    if (args.length !== 1) typeError(rt, `_exit() takes exactly one argument (${args.length} given)`);
    const n = args[0]!;
    if (!isInstance(rt, n, rt.types.int)) typeError(rt, `'${typeName(rt, n)}' object cannot be interpreted as an integer`);
    // The C int status: only its low 32 bits reach _exit(2) (and the parent sees 8 of them).
    const status = Number(BigInt.asIntN(32, intToBigInt(rt, n)));
    mpPlatformOrNull(rt)?.exitNow(rt, status);
    throw new ProcessExit(status);
  },
  cpu_count(rt, _s, args) { noArgs(rt, 'cpu_count', args); return rt.host.cpuCount === undefined ? rt.none : rt.newInt(rt.host.cpuCount); },
};

registerNatives({ key: '_os', fns: FNS });

registerNativeModule('_os', (rt, m) => {
  const d = moduleDict(rt, m);
  for (const name of Object.keys(FNS)) dictSet(rt, d, rt.intern(name), nativeFunction(rt, '_os', name, m, rt.intern('os')));
  const env = newDict(rt);
  for (const [k, v] of Object.entries(rt.host.environ)) dictSet(rt, env, rt.newStr(k), rt.newStr(v));
  dictSet(rt, d, rt.intern('environ'), env);
});
