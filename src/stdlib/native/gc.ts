// `gc`: asks the VM's collector (src/vm/gc.ts) for a collection.
//
// CPython's gc.collect() collects before it returns. Ours may only collect at a safepoint
// (an eval-breaker check point of the eval loop, where every live value is in the heap), so
// collect() marks a collection as due and asks for it: it runs at the check point right
// after this call returns, before the next Python statement. Weak-reference callbacks run
// then. Its return value, CPython's count of unreachable objects, is therefore not known
// yet: collect() returns 0. Objects are freed without __del__ being called (the collector
// has no finalizers). gc.disable() turns CPython's cyclic collector off, but ours also does
// the work of CPython's reference counting (it is the only way memory comes back), so it
// keeps running: disable/enable only change what isenabled() reports
// (tests/conformance/known-differences/gc_disable_keeps_collecting.py).

import type { Ref } from '../../vm/heap.ts';
import { M_ALLOC_SINCE_GC, M_GC_THRESHOLD } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { registerNatives } from '../../vm/registry.ts';
import { registerNativeModule } from '../../vm/import.ts';
import { nativeFunction } from '../../vm/objects/descriptors.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictGetStr, dictSet } from '../../vm/objects/dict-core.ts';
import { typeError } from '../../vm/errors.ts';
import { newList } from '../../vm/objects/list-core.ts';

const FNS: Record<string, (rt: Runtime, self: Ref, args: Ref[], kw: Ref | null) => Ref> = {
  collect(rt, _s, args) {
    if (args.length > 1) typeError(rt, `collect() takes at most 1 argument (${args.length} given)`);
    const i32 = rt.heap.i32;
    // SAFETY: other workers add to the allocation counter with Atomics; a store of the
    // threshold only makes the collection due sooner.
    if (rt.heap.shared) Atomics.store(i32, M_ALLOC_SINCE_GC, Atomics.load(i32, M_GC_THRESHOLD));
    else i32[M_ALLOC_SINCE_GC] = i32[M_GC_THRESHOLD];
    rt.requestGc();
    return rt.newInt(0);
  },
  isenabled(rt, self, args) {
    if (args.length > 0) typeError(rt, `gc.isenabled() takes no arguments (${args.length} given)`);
    return dictGetStr(rt, moduleDict(rt, self), rt.intern(ENABLED)) === rt.false ? rt.false : rt.true;
  },
  enable(rt, self, args) {
    if (args.length > 0) typeError(rt, `gc.enable() takes no arguments (${args.length} given)`);
    dictSet(rt, moduleDict(rt, self), rt.intern(ENABLED), rt.true);
    return rt.none;
  },
  disable(rt, self, args) {
    if (args.length > 0) typeError(rt, `gc.disable() takes no arguments (${args.length} given)`);
    dictSet(rt, moduleDict(rt, self), rt.intern(ENABLED), rt.false);
    return rt.none;
  },
};

/** Where the module keeps what enable()/disable() last asked for (one module per process). */
const ENABLED = '_kitchen_enabled';

registerNatives({ key: 'gc', fns: FNS });

registerNativeModule('gc', (rt, m) => {
  const d = moduleDict(rt, m);
  for (const name of Object.keys(FNS)) dictSet(rt, d, rt.intern(name), nativeFunction(rt, 'gc', name, m, rt.intern('gc')));
  dictSet(rt, d, rt.intern('garbage'), newList(rt, []));
  dictSet(rt, d, rt.intern('callbacks'), newList(rt, []));
});
