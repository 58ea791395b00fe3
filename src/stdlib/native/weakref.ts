// `_weakref`: the primitives of the `weakref` module (src/stdlib/py/weakref.py builds the
// rest). The reference type itself lives in the VM (src/vm/objects/weakref.ts) because the
// garbage collector clears it; proxies are written in Python in weakref.py.
//
// getweakrefcount/getweakrefs would need a per-object list of references (CPython's
// tp_weaklistoffset); our objects carry none, so they raise NotImplementedError rather
// than give a wrong count.

import type { Ref } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { registerNatives } from '../../vm/registry.ts';
import { registerNativeModule } from '../../vm/import.ts';
import { nativeFunction } from '../../vm/objects/descriptors.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet } from '../../vm/objects/dict-core.ts';
import { raise } from '../../vm/errors.ts';
import '../../vm/objects/weakref.ts';

const FNS: Record<string, (rt: Runtime, self: Ref, args: Ref[], kw: Ref | null) => Ref> = {
  getweakrefcount(rt) { return raise(rt, rt.types.NotImplementedError, 'getweakrefcount() is not supported by this interpreter'); },
  getweakrefs(rt) { return raise(rt, rt.types.NotImplementedError, 'getweakrefs() is not supported by this interpreter'); },
};

registerNatives({ key: '_weakref', fns: FNS });

registerNativeModule('_weakref', (rt, m) => {
  const d = moduleDict(rt, m);
  for (const name of Object.keys(FNS)) dictSet(rt, d, rt.intern(name), nativeFunction(rt, '_weakref', name, m, rt.intern('_weakref')));
  const ref = rt.typeFor('_weakref.ref');
  dictSet(rt, d, rt.intern('ref'), ref);
  dictSet(rt, d, rt.intern('ReferenceType'), ref);
});
