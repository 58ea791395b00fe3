// Calling a function of one of our Python stdlib modules from a builtin type.
//
// Some builtin behaviour is written in our own Python because it has no hot path and reads
// better there (types.GenericAlias in _genericalias.py, object.__reduce_ex__ in copyreg.py,
// as CPython's own typeobject.c calls copyreg). The builtin types load before the import
// system (src/vm/import.ts imports them), so they cannot import it: import.ts installs the
// caller here when it loads.

import type { Ref } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { systemError } from './errors.ts';

type HelperCall = (rt: Runtime, module: string, name: string, args: Ref[]) => Ref;
let caller: HelperCall = (rt, module) => systemError(rt, `${module} is not available: the import system is not loaded`);

export function setPyHelperCaller(f: HelperCall): void { caller = f; }

/** `module.name(*args)`, importing module on first use. */
export function callPyHelper(rt: Runtime, module: string, name: string, args: Ref[]): Ref {
  return caller(rt, module, name, args);
}
