// The `builtins` module: its functions (builtins-fns.ts, builtins-iter.ts), the builtin
// types under their Python names, the exception classes and the constants. Created once per
// process at startup (run.ts) and kept in the root block (R_BUILTINS holds its dict, as every
// frame's f_builtins; vm-state.ts R_BUILTINS_MODULE the module).

import { type Ref, NULL } from './heap.ts';
import { type Runtime, R_BUILTINS } from './runtime.ts';
import { CORE_TYPES, FIRST_EXCEPTION } from './builtin-types.ts';
import { registerNatives } from './registry.ts';
import type { NativeFn } from './type-slots.ts';
import { nativeFunction } from './objects/descriptors.ts';
import { newModule, moduleDict } from './objects/module.ts';
import { dictSet, dictGetStr } from './objects/dict-core.ts';
import { BUILTIN_FNS } from './builtins-fns.ts';
import { BUILTIN_EXEC_FNS } from './builtins-exec.ts';
import { R_BUILTINS_MODULE } from './vm-state.ts';
import { sysModules, registerNativeModule } from './import.ts';

const ALL_FNS: Record<string, NativeFn> = { ...BUILTIN_FNS, ...BUILTIN_EXEC_FNS };
registerNatives({ key: 'builtins', fns: ALL_FNS });

/** Builtin names bound to core types (Python name -> CORE_TYPES key). */
const TYPE_NAMES: Record<string, string> = {
  object: 'object', type: 'type', int: 'int', bool: 'bool', float: 'float', complex: 'complex', str: 'str',
  bytes: 'bytes', bytearray: 'bytearray', tuple: 'tuple', list: 'list', dict: 'dict', set: 'set',
  frozenset: 'frozenset', range: 'range', slice: 'slice', staticmethod: 'staticmethod',
  classmethod: 'classmethod', property: 'property', super: 'super',
};

/** Builtin names bound to lazily created native types (registry keys), when registered. */
const LAZY_TYPES: string[] = ['enumerate', 'zip', 'map', 'filter', 'reversed', 'memoryview'];

/** Create the builtins module, register it in sys.modules and the root block. */
export function createBuiltins(rt: Runtime): Ref {
  const m = newModule(rt, 'builtins');
  const d = moduleDict(rt, m);
  const put = (n: string, v: Ref): void => dictSet(rt, d, rt.intern(n), v);
  put('__doc__', rt.newStr('Built-in functions, types, exceptions, and other objects.'));
  for (const name of Object.keys(ALL_FNS)) put(name, nativeFunction(rt, 'builtins', name, m, rt.intern('builtins')));
  const types = rt.types as Record<string, Ref>;
  for (const [py, key] of Object.entries(TYPE_NAMES)) put(py, types[key]);
  for (const key of LAZY_TYPES) {
    try { put(key, rt.typeFor(key)); } catch { /* not registered in this build */ }
  }
  for (let i = FIRST_EXCEPTION; i < CORE_TYPES.length; i++) put(CORE_TYPES[i][0], types[CORE_TYPES[i][0]]);
  put('EnvironmentError', types.OSError);
  put('IOError', types.OSError);
  put('None', rt.none);
  put('True', rt.true);
  put('False', rt.false);
  put('Ellipsis', rt.ellipsis);
  put('NotImplemented', rt.notImplemented);
  put('__debug__', rt.true);
  rt.setRoot(R_BUILTINS, d);
  rt.setRoot(R_BUILTINS_MODULE, m);
  dictSet(rt, sysModules(rt), rt.intern('builtins'), m);
  return m;
}

registerNativeModule('builtins', () => { throw new Error('builtins is created at startup'); });
void NULL; void dictGetStr;
