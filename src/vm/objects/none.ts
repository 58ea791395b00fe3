// The singletons None, NotImplemented and Ellipsis and their types (CPython Objects/object.c
// _PyNone_Type / _PyNotImplemented_Type, Objects/sliceobject.c PyEllipsis_Type). Each type
// has exactly one instance, made at startup (runtime.ts); calling the type returns it.

import type { Ref } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import type { TypeSlots } from '../type-slots.ts';
import { registerType } from '../registry.ts';
import { typeError } from '../errors.ts';

function singleton(name: string, value: (rt: Runtime) => Ref, reprText: string, extra: TypeSlots = {}): void {
  registerType({
    key: name, name, basicsize: 16, flags: 0,
    slots: {
      repr: (rt) => rt.intern(reprText),
      hash: (_rt, self) => (self >>> 3) * 16 + 1, // stable per object, like CPython's address-based hash
      new(rt, _type, args) {
        if (args.length > 0) typeError(rt, `${name} takes no arguments`);
        return value(rt);
      },
      ...extra,
    },
    methods: { __reduce__: (rt) => rt.intern(reprText) },
  });
}

singleton('NoneType', (rt) => rt.none, 'None', { bool: () => false });
singleton('NotImplementedType', (rt) => rt.notImplemented, 'NotImplemented', {
  // 3.9+ DeprecationWarning for bool(NotImplemented); the value is True.
  bool: () => true,
});
singleton('ellipsis', (rt) => rt.ellipsis, 'Ellipsis');
