// property, staticmethod, classmethod and super (CPython Objects/descrobject.c property,
// Objects/funcobject.c staticmethod/classmethod, Objects/typeobject.c super_getattro /
// super_init_without_args), with python3.11's messages.

import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { TF_BASETYPE, T_MRO, T_DICT } from '../type-layout.ts';
import { typeError, raise, runtimeError, PyError } from '../errors.ts';
import { callObject, isType, isSubtype, typeName, typeNameOf, getAttrOpt, repr, attributeError } from '../abstract.ts';
import { genericGetAttr, genericSetAttr } from '../type-object.ts';
import { dictGetStr } from './dict-core.ts';
import { tupleLen, tupleGet } from './tuple-core.ts';
import { newMethod } from './method.ts';
import { newExceptionObject } from './exceptions.ts';
import { TS_FRAME } from '../runtime.ts';
import { F_CODE, F_LOCALSPLUS, F_FUNC } from '../frame.ts';
import { decodeCode } from '../code-object.ts';
import { CELL_REF } from './cell.ts';
import { splitKw } from '../builtins-fns.ts';

const w = (r: Ref, k: number): number => (r >> 2) + k;

// ---- staticmethod / classmethod ------------------------------------------------------------

const SM_FUNC = 2, SM_DICT = 3;
const SM_BYTES = 16;

function wrapperSpec(key: 'staticmethod' | 'classmethod') {
  registerType({
    key, name: key, basicsize: SM_BYTES, flags: TF_BASETYPE,
    slots: {
      new(rt, type) { return rt.heap.alloc(type, Math.max(SM_BYTES, rt.heap.i32[(type >> 2) + 11])); },
      init(rt, self, args, kwnames) {
        if (kwnames !== null && tupleLen(rt, kwnames) > 0) typeError(rt, `${key}() takes no keyword arguments`);
        if (args.length !== 1) typeError(rt, `${key} expected 1 argument, got ${args.length}`);
        rt.heap.i32[w(self, SM_FUNC)] = args[0];
      },
      descrGet(rt, self, obj, type) {
        const f = rt.heap.i32[w(self, SM_FUNC)] as Ref;
        if (key === 'staticmethod') return f;
        const cls = type !== NULL ? type : rt.typeOf(obj);
        const get = rt.slots(rt.typeOf(f)).descrGet;
        if (get !== undefined && rt.typeOf(f) !== rt.types.function && rt.typeOf(f) !== rt.types.builtin_function_or_method) return get(rt, f, cls, rt.typeOf(cls));
        return newMethod(rt, f, cls);
      },
      call: key === 'staticmethod' ? (rt, self, args, kw) => callObject(rt, rt.heap.i32[w(self, SM_FUNC)] as Ref, args, kw) : undefined,
      traverse(rt, self, visit) { const f = rt.heap.i32[w(self, SM_FUNC)] as Ref; if (f !== NULL) visit(f); },
      repr(rt, self) { return rt.newStr(`<${key}(${rt.jsStr(repr(rt, rt.heap.i32[w(self, SM_FUNC)] as Ref))})>`); },
      getattro(rt, self, name) {
        const r = genericGetAttr(rt, self, name);
        if (r !== NULL) return r;
        const n = rt.jsStr(name);
        if (n === '__name__' || n === '__qualname__' || n === '__doc__' || n === '__module__' || n === '__wrapped__') {
          const f = rt.heap.i32[w(self, SM_FUNC)] as Ref;
          return n === '__wrapped__' ? f : getAttrOpt(rt, f, name);
        }
        return NULL;
      },
    },
    getsets: {
      __func__: { get: (rt, self) => rt.heap.i32[w(self, SM_FUNC)] as Ref },
      __isabstractmethod__: { get: (rt, self) => { const v = getAttrOpt(rt, rt.heap.i32[w(self, SM_FUNC)] as Ref, rt.intern('__isabstractmethod__')); return v === NULL ? rt.false : v; } },
    },
  });
}
wrapperSpec('staticmethod');
wrapperSpec('classmethod');
void SM_DICT;

// ---- property ------------------------------------------------------------------------------

const P_GET = 2, P_SET = 3, P_DEL = 4, P_DOC = 5, P_NAME = 6;
const P_BYTES = 32;

function propName(rt: Runtime, p: Ref): string {
  const n = rt.heap.i32[w(p, P_NAME)] as Ref;
  return n === NULL ? '' : ` '${rt.jsStr(n)}'`;
}

function propCopy(rt: Runtime, p: Ref, which: number, fn: Ref): Ref {
  const t = rt.typeOf(p);
  const i32 = rt.heap.i32;
  const vals = [i32[w(p, P_GET)], i32[w(p, P_SET)], i32[w(p, P_DEL)]].map((v) => (v === NULL ? rt.none : v)) as Ref[];
  vals[which] = fn;
  const doc = i32[w(p, P_DOC)] as Ref;
  const np = callObject(rt, t, [...vals, doc === NULL ? rt.none : doc]);
  if (i32[w(p, P_NAME)] !== NULL) i32[w(np, P_NAME)] = i32[w(p, P_NAME)];
  return np;
}

registerType({
  key: 'property', name: 'property', basicsize: P_BYTES, flags: TF_BASETYPE,
  slots: {
    new(rt, type) { return rt.heap.alloc(type, Math.max(P_BYTES, rt.heap.i32[(type >> 2) + 11])); },
    init(rt, self, args, kwnames) {
      const [pos, kw] = splitKw(rt, args, kwnames);
      const names = ['fget', 'fset', 'fdel', 'doc'];
      for (const k of kw.keys()) if (!names.includes(k)) typeError(rt, `'${k}' is an invalid keyword argument for property()`);
      if (pos.length > 4) typeError(rt, `property() takes at most 4 arguments (${pos.length} given)`);
      const val = (i: number): Ref => { const v = pos[i] ?? kw.get(names[i]) ?? rt.none; return v === rt.none ? NULL : v; };
      const i32 = rt.heap.i32;
      i32[w(self, P_GET)] = val(0); i32[w(self, P_SET)] = val(1); i32[w(self, P_DEL)] = val(2);
      let doc = val(3);
      if (doc === NULL && val(0) !== NULL) doc = getAttrOpt(rt, val(0), rt.intern('__doc__'));
      i32[w(self, P_DOC)] = doc === rt.none ? NULL : doc;
    },
    descrGet(rt, self, obj) {
      if (obj === NULL || obj === rt.none && false) return self;
      const g = rt.heap.i32[w(self, P_GET)] as Ref;
      if (g === NULL) {
        const e = newExceptionObject(rt, rt.types.AttributeError, [rt.newStr(`property${propName(rt, self)} of '${typeName(rt, obj)}' object has no getter`)]);
        throw new PyError(e);
      }
      return callObject(rt, g, [obj]);
    },
    descrSet(rt, self, obj, value) {
      const fn = rt.heap.i32[w(self, value === NULL ? P_DEL : P_SET)] as Ref;
      if (fn === NULL) {
        const what = value === NULL ? 'deleter' : 'setter';
        const e = newExceptionObject(rt, rt.types.AttributeError, [rt.newStr(`property${propName(rt, self)} of '${typeName(rt, obj)}' object has no ${what}`)]);
        throw new PyError(e);
      }
      callObject(rt, fn, value === NULL ? [obj] : [obj, value]);
    },
    traverse(rt, self, visit) { for (const k of [P_GET, P_SET, P_DEL, P_DOC, P_NAME]) { const v = rt.heap.i32[w(self, k)] as Ref; if (v !== NULL) visit(v); } },
  },
  methods: {
    getter(rt, self, args) { return propCopy(rt, self, 0, args[0]); },
    setter(rt, self, args) { return propCopy(rt, self, 1, args[0]); },
    deleter(rt, self, args) { return propCopy(rt, self, 2, args[0]); },
    __set_name__(rt, self, args) { rt.heap.i32[w(self, P_NAME)] = args[1]; return rt.none; },
  },
  getsets: {
    fget: { get: (rt, self) => (rt.heap.i32[w(self, P_GET)] as Ref) || rt.none },
    fset: { get: (rt, self) => (rt.heap.i32[w(self, P_SET)] as Ref) || rt.none },
    fdel: { get: (rt, self) => (rt.heap.i32[w(self, P_DEL)] as Ref) || rt.none },
    __doc__: { get: (rt, self) => (rt.heap.i32[w(self, P_DOC)] as Ref) || rt.none, set: (rt, self, v) => { rt.heap.i32[w(self, P_DOC)] = v; } },
    __isabstractmethod__: { get: (rt, self) => { const g = rt.heap.i32[w(self, P_GET)] as Ref; const v = g === NULL ? NULL : getAttrOpt(rt, g, rt.intern('__isabstractmethod__')); return v === NULL ? rt.false : v; } },
  },
});

// ---- super ---------------------------------------------------------------------------------

const SU_TYPE = 2, SU_OBJ = 3, SU_OBJTYPE = 4;
const SU_BYTES = 24;

/** super_check: the type to start the MRO walk from, for obj (an instance or a subclass). */
function superCheck(rt: Runtime, type: Ref, obj: Ref): Ref {
  if (isType(rt, obj) && isSubtype(rt, obj, type)) return obj;
  if (isSubtype(rt, rt.typeOf(obj), type)) return rt.typeOf(obj);
  const cls = getAttrOpt(rt, obj, rt.intern('__class__'));
  if (cls !== NULL && isType(rt, cls) && cls !== rt.typeOf(obj) && isSubtype(rt, cls, type)) return cls;
  return typeError(rt, 'super(type, obj): obj must be an instance or subtype of type');
}

registerType({
  key: 'super', name: 'super', basicsize: SU_BYTES, flags: TF_BASETYPE,
  slots: {
    new(rt, type) { return rt.heap.alloc(type, Math.max(SU_BYTES, rt.heap.i32[(type >> 2) + 11])); },
    init(rt, self, args, kwnames) {
      if (kwnames !== null && tupleLen(rt, kwnames) > 0) typeError(rt, 'super() takes no keyword arguments');
      let type: Ref, obj: Ref = NULL;
      if (args.length === 0) {
        // super_init_without_args: the calling frame's first argument and its __class__ cell.
        const f = rt.heap.i32[(rt.ts >> 2) + TS_FRAME] as Ref;
        if (f === NULL) runtimeError(rt, 'super(): no current frame');
        const d = decodeCode(rt, rt.heap.i32[(f >> 2) + F_CODE] as Ref);
        if (d.argcount === 0 && (d.flags & 0x4) === 0) runtimeError(rt, 'super(): no arguments');
        obj = rt.heap.i32[(f >> 2) + F_LOCALSPLUS] as Ref;
        if (obj !== NULL && rt.typeOf(obj) === rt.types.cell && d.lpNames[0] && d.nlocalsplus > 0) {
          // The first argument is itself a cell variable (captured by an inner function).
          obj = rt.heap.i32[(obj >> 2) + CELL_REF] as Ref;
        }
        if (obj === NULL) runtimeError(rt, 'super(): arg[0] deleted');
        const ci = d.lpNames.lastIndexOf('__class__');
        if (ci < 0 || ci < d.nlocalsplus - d.nfree) runtimeError(rt, 'super(): __class__ cell not found');
        const cell = rt.heap.i32[(f >> 2) + F_LOCALSPLUS + ci] as Ref;
        type = cell === NULL ? NULL : rt.heap.i32[(cell >> 2) + CELL_REF] as Ref;
        if (type === NULL) runtimeError(rt, 'super(): empty __class__ cell');
        void F_FUNC;
      } else {
        if (args.length > 2) typeError(rt, `super() takes at most 2 arguments (${args.length} given)`);
        type = args[0];
        if (!isType(rt, type)) typeError(rt, `super() argument 1 must be a type, not ${typeName(rt, type)}`);
        if (args.length === 2) obj = args[1] === rt.none ? NULL : args[1];
      }
      const i32 = rt.heap.i32;
      i32[w(self, SU_TYPE)] = type;
      i32[w(self, SU_OBJ)] = obj;
      i32[w(self, SU_OBJTYPE)] = obj === NULL ? NULL : superCheck(rt, type, obj);
    },
    getattro(rt, self, name) {
      const i32 = rt.heap.i32;
      const type = i32[w(self, SU_TYPE)] as Ref, obj = i32[w(self, SU_OBJ)] as Ref, start = i32[w(self, SU_OBJTYPE)] as Ref;
      if (start !== NULL && rt.jsStr(name) !== '__class__') {
        const mro = i32[(start >> 2) + T_MRO] as Ref;
        const n = tupleLen(rt, mro);
        let i = 0;
        while (i < n && tupleGet(rt, mro, i) !== type) i++;
        for (i++; i < n; i++) {
          const t = tupleGet(rt, mro, i);
          const v = dictGetStr(rt, i32[(t >> 2) + T_DICT] as Ref, name);
          if (v === NULL) continue;
          const get = rt.slots(rt.typeOf(v)).descrGet;
          if (get === undefined) return v;
          return get(rt, v, obj === start ? NULL : obj, start);
        }
      }
      return genericGetAttr(rt, self, name);
    },
    descrGet(rt, self, obj) {
      if (obj === NULL || rt.heap.i32[w(self, SU_OBJ)] !== NULL) return self;
      return callObject(rt, rt.typeOf(self), [rt.heap.i32[w(self, SU_TYPE)] as Ref, obj]);
    },
    repr(rt, self) {
      const i32 = rt.heap.i32;
      const t = i32[w(self, SU_TYPE)] as Ref, ot = i32[w(self, SU_OBJTYPE)] as Ref;
      const tn = t === NULL ? 'NULL' : typeNameOf(rt, t);
      return rt.newStr(ot === NULL ? `<super: <class '${tn}'>, NULL>` : `<super: <class '${tn}'>, <${typeNameOf(rt, ot)} object>>`);
    },
    traverse(rt, self, visit) { for (const k of [SU_TYPE, SU_OBJ, SU_OBJTYPE]) { const v = rt.heap.i32[w(self, k)] as Ref; if (v !== NULL) visit(v); } },
  },
  getsets: {
    __thisclass__: { get: (rt, self) => (rt.heap.i32[w(self, SU_TYPE)] as Ref) || rt.none },
    __self__: { get: (rt, self) => (rt.heap.i32[w(self, SU_OBJ)] as Ref) || rt.none },
    __self_class__: { get: (rt, self) => (rt.heap.i32[w(self, SU_OBJTYPE)] as Ref) || rt.none },
  },
});

void [raise, genericSetAttr, attributeError];
