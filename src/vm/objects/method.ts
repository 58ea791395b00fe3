// The bound method object: a function together with the instance it was looked up on
// (CPython Objects/classobject.c PyMethod). Calling it calls the function with the instance
// prepended; the eval loop unpacks it so a Python method call pushes one frame and no
// argument array is built.

import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { callObject, repr as reprOf, getAttrOpt, isCallable } from '../abstract.ts';
import { typeError } from '../errors.ts';

const getAttrString = (rt: Runtime, o: Ref, name: string): Ref => getAttrOpt(rt, o, rt.intern(name));

export const M_FUNC = 2;
export const M_SELF = 3;
export const METHOD_BYTES = 16;

export function newMethod(rt: Runtime, func: Ref, self: Ref): Ref {
  const m = rt.heap.alloc(rt.types.method, METHOD_BYTES);
  const w = m >> 2;
  rt.heap.i32[w + M_FUNC] = func;
  rt.heap.i32[w + M_SELF] = self;
  return m;
}
export function methodFunc(rt: Runtime, m: Ref): Ref { return rt.heap.i32[(m >> 2) + M_FUNC] as Ref; }
export function methodSelf(rt: Runtime, m: Ref): Ref { return rt.heap.i32[(m >> 2) + M_SELF] as Ref; }

registerType({
  key: 'method',
  name: 'method',
  basicsize: METHOD_BYTES,
  slots: {
    traverse(rt, self, visit) { visit(methodFunc(rt, self)); visit(methodSelf(rt, self)); },
    // types.MethodType(function, instance) (CPython classobject.c method_new).
    new(rt, _type, args, kwnames) {
      if (kwnames !== null && kwnames !== NULL && rt.heap.i32[(kwnames >> 2) + 2] > 0) typeError(rt, 'method() takes no keyword arguments');
      if (args.length !== 2) typeError(rt, `method expected 2 arguments, got ${args.length}`);
      if (!isCallable(rt, args[0]!)) typeError(rt, 'first argument must be callable');
      if (args[1] === rt.none) typeError(rt, 'instance must not be None');
      return newMethod(rt, args[0]!, args[1]!);
    },
    call(rt, m, args, kwnames) { return callObject(rt, methodFunc(rt, m), [methodSelf(rt, m), ...args], kwnames); },
    descrGet(rt, m) { return m; },
    repr(rt, m) {
      const f = methodFunc(rt, m);
      let name = '?';
      const q = getAttrString(rt, f, '__qualname__');
      if (q !== NULL) name = rt.jsStr(q);
      return rt.newStr(`<bound method ${name} of ${rt.jsStr(reprOf(rt, methodSelf(rt, m)))}>`);
    },
    richcompare(rt, a, b, op) {
      if ((op !== 2 && op !== 3) || rt.typeOf(b) !== rt.types.method) return rt.notImplemented;
      const eq = methodFunc(rt, a) === methodFunc(rt, b) && methodSelf(rt, a) === methodSelf(rt, b);
      return rt.bool(op === 2 ? eq : !eq);
    },
    hash(rt, m) { return ((methodFunc(rt, m) >>> 3) ^ (methodSelf(rt, m) >>> 3)) | 0 || 1; },
  },
  getsets: {
    __func__: { get: (rt, m) => methodFunc(rt, m) },
    __self__: { get: (rt, m) => methodSelf(rt, m) },
    __name__: { get: (rt, m) => getAttrString(rt, methodFunc(rt, m), '__name__') || rt.none },
    __qualname__: { get: (rt, m) => getAttrString(rt, methodFunc(rt, m), '__qualname__') || rt.none },
    __doc__: { get: (rt, m) => getAttrString(rt, methodFunc(rt, m), '__doc__') || rt.none },
  },
});
