// The module object: a namespace dict with a name (CPython Objects/moduleobject.c).
// Attribute access reads and writes the dict; a module-level __getattr__ is honoured
// (PEP 562); the AttributeError message is python3's "module 'm' has no attribute 'x'".

import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { TF_BASETYPE } from '../type-layout.ts';
import { newDict, dictGetStr, dictSet, dictDel, dictGet, dictNext, dictEntryKey } from './dict-core.ts';
import { newList } from './list-core.ts';
import { genericGetAttr, genericSetAttr } from '../type-object.ts';
import { PyError } from '../errors.ts';
import { callObject, isInstance, typeName } from '../abstract.ts';
import { newExceptionObject } from './exceptions.ts';

export const MOD_DICT = 2;
export const MODULE_BYTES = 16;

export function newModule(rt: Runtime, name: string, type: Ref = rt.types.module): Ref {
  const m = rt.heap.alloc(type, MODULE_BYTES);
  const d = newDict(rt);
  rt.heap.i32[(m >> 2) + MOD_DICT] = d;
  dictSet(rt, d, rt.intern('__name__'), rt.intern(name));
  dictSet(rt, d, rt.intern('__doc__'), rt.none);
  dictSet(rt, d, rt.intern('__package__'), rt.none);
  dictSet(rt, d, rt.intern('__loader__'), rt.none);
  dictSet(rt, d, rt.intern('__spec__'), rt.none);
  return m;
}

export function moduleDict(rt: Runtime, m: Ref): Ref { return rt.heap.i32[(m >> 2) + MOD_DICT] as Ref; }

export function moduleName(rt: Runtime, m: Ref): string {
  const n = dictGetStr(rt, moduleDict(rt, m), rt.intern('__name__'));
  return n !== NULL && rt.typeOf(n) === rt.types.str ? rt.jsStr(n) : '?';
}

function attrErr(rt: Runtime, m: Ref, name: Ref, msg: string): never {
  const e = newExceptionObject(rt, rt.types.AttributeError, [rt.newStr(msg)]);
  rt.heap.i32[(e >> 2) + 8] = name;
  rt.heap.i32[(e >> 2) + 9] = m;
  throw new PyError(e);
}

registerType({
  key: 'module',
  name: 'module',
  basicsize: MODULE_BYTES,
  flags: TF_BASETYPE,
  slots: {
    traverse(rt, m, visit) { const d = moduleDict(rt, m); if (d !== NULL) visit(d); },
    getattro(rt, m, name) {
      const d = moduleDict(rt, m);
      const v = rt.typeOf(name) === rt.types.str ? dictGetStr(rt, d, name) : dictGet(rt, d, name);
      if (v !== NULL) return v;
      if (rt.jsStr(name) === '__dict__') return d;
      const g = genericGetAttr(rt, m, name);
      if (g !== NULL) return g;
      const ga = dictGetStr(rt, d, rt.intern('__getattr__'));
      if (ga !== NULL) return callObject(rt, ga, [name]);
      return attrErr(rt, m, name, `module '${moduleName(rt, m)}' has no attribute '${rt.jsStr(name)}'`);
    },
    setattro(rt, m, name, v) {
      const d = moduleDict(rt, m);
      if (v === NULL) {
        if (!dictDel(rt, d, name)) attrErr(rt, m, name, `module '${moduleName(rt, m)}' has no attribute '${rt.jsStr(name)}'`);
        return;
      }
      if (rt.jsStr(name) === '__class__') { genericSetAttr(rt, m, name, v); return; }
      dictSet(rt, d, name, v);
    },
    repr(rt, m) {
      const d = moduleDict(rt, m);
      const file = dictGetStr(rt, d, rt.intern('__file__'));
      const name = moduleName(rt, m);
      if (file !== NULL && rt.typeOf(file) === rt.types.str) return rt.newStr(`<module '${name}' from '${rt.jsStr(file)}'>`);
      return rt.newStr(`<module '${name}' (built-in)>`);
    },
    new(rt, type) { return newModule(rt, '?', type); },
    init(rt, m, args) {
      if (args.length < 1) throw new PyError(newExceptionObject(rt, rt.types.TypeError, [rt.newStr("module.__init__() missing required argument 'name' (pos 1)")]));
      if (!isInstance(rt, args[0], rt.types.str)) throw new PyError(newExceptionObject(rt, rt.types.TypeError, [rt.newStr(`module.__init__() argument 'name' must be str, not ${typeName(rt, args[0])}`)]));
      const d = moduleDict(rt, m);
      dictSet(rt, d, rt.intern('__name__'), args[0]);
      dictSet(rt, d, rt.intern('__doc__'), args.length > 1 ? args[1] : rt.none);
    },
  },
  methods: {
    // module_dir: the module's __dir__ function if it defines one, else its dict's keys.
    __dir__(rt, m) {
      const d = moduleDict(rt, m);
      const f = dictGetStr(rt, d, rt.intern('__dir__'));
      if (f !== NULL) return callObject(rt, f, []);
      const keys: Ref[] = [];
      for (let e = dictNext(rt, d, 0); e >= 0; e = dictNext(rt, d, e + 1)) keys.push(dictEntryKey(rt, d, e));
      return newList(rt, keys);
    },
  },
});
