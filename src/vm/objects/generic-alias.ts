// `list[int]` and `int | str`: the entry points the builtin types use to build
// types.GenericAlias and types.UnionType objects. Both types are written in our own Python
// (src/stdlib/py/_genericalias.py, after CPython 3.11 Objects/genericaliasobject.c and
// Objects/unionobject.c): they have no hot paths, and Python keeps the substitution and
// repr rules readable. The VM reaches that module through the import system on first use.
//
// - `classGetItem` is the `__class_getitem__` classmethod of list, dict, tuple, set,
//   frozenset, type and other generic builtins (CPython: Py_GenericAlias).
// - `typeOr` is type's nb_or (CPython typeobject.c type_or -> _Py_union_type_or).

import type { Ref } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { posArgs } from './arg-parse.ts';
import { callPyHelper } from '../py-helpers.ts';

const callHelper = (rt: Runtime, name: string, args: Ref[]): Ref => callPyHelper(rt, '_genericalias', name, args);

// A function declaration, not a const: the builtin type modules that use it are part of an
// import cycle and may read it before this module finishes loading.
/** cls.__class_getitem__(item) -> types.GenericAlias(cls, item). */
export function classGetItem(rt: Runtime, cls: Ref, args: Ref[], kwnames: Ref | null): Ref {
  posArgs(rt, '__class_getitem__', args, kwnames, 1, 1);
  return callHelper(rt, 'GenericAlias', [cls, args[0]!]);
}

/** type.__or__ / __ror__: a types.UnionType, or NotImplemented for operands that are not
 *  types, None, aliases or unions. */
export function typeOr(rt: Runtime, a: Ref, b: Ref): Ref {
  return callHelper(rt, '_union_or', [a, b]);
}
