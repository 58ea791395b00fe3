// The process-independent registry of native code: builtin type specs and groups of native
// functions, keyed by stable strings and filled at module load. Heap objects cannot hold JS
// functions, so a native method or a type's slot table is named in the heap by a small
// index into a per-process directory of these keys (runtime.ts `nativeIndex`); every worker
// maps the same index to its own copy of the code through this registry.

import { CORE_TYPES } from './builtin-types.ts';
import type { BuiltinTypeSpec, GetSet, NativeFn, NativeGroup, TypeSlots } from './type-slots.ts';

/** One directory entry as a worker sees it. */
export interface NativeTable {
  key: string;
  /** Slot table (types) — `{}` for function groups. */
  slots: TypeSlots;
  /** Native functions addressed by ordinal from heap objects (methods, class methods, static
   *  methods, getset getters/setters are not here: they live in `getsets`). */
  fns: NativeFn[];
  fnNames: string[];
  /** Getters/setters by ordinal (getset_descriptor objects store the ordinal). */
  getsets: GetSet[];
  getsetNames: string[];
  spec: BuiltinTypeSpec | null;
}

const tables = new Map<string, NativeTable>();

function fnList(spec: BuiltinTypeSpec): [string[], NativeFn[]] {
  const names: string[] = [], fns: NativeFn[] = [];
  for (const group of [spec.methods, spec.classmethods, spec.staticmethods]) {
    if (!group) continue;
    for (const [n, f] of Object.entries(group)) { names.push(n); fns.push(f); }
  }
  return [names, fns];
}

/** Register a builtin type's spec unless one is registered under its key already (minimal
 *  fallbacks for types another module owns). */
export function registerTypeFallback(spec: BuiltinTypeSpec): void {
  if (!tables.has(spec.key)) registerType(spec);
}

/** Register a builtin type's spec (call at module load). Re-registering the same key
 *  replaces it (hot reload in tests). */
export function registerType(spec: BuiltinTypeSpec): void {
  const [fnNames, fns] = fnList(spec);
  const getsetNames = Object.keys(spec.getsets ?? {});
  const getsets = getsetNames.map((n) => spec.getsets![n]);
  tables.set(spec.key, { key: spec.key, slots: spec.slots, fns, fnNames, getsets, getsetNames, spec });
}

/** Register a group of native functions (a native module's functions). */
export function registerNatives(group: NativeGroup): void {
  const fnNames = Object.keys(group.fns);
  tables.set(group.key, { key: group.key, slots: {}, fns: fnNames.map((n) => group.fns[n]), fnNames, getsets: [], getsetNames: [], spec: null });
}

/** The table for `key`, its slot table completed with the slots it inherits from its base
 *  chain (CPython inherit_slots), computed on first lookup so registration order does not
 *  matter. */
export function lookupNativeTable(key: string): NativeTable | undefined {
  const t = tables.get(key);
  if (t === undefined || t.spec === null || merged.has(t)) return t;
  merged.add(t);
  const own = t.spec.slots;
  const slots: TypeSlots = { ...inheritedSlots(baseKeyOf(key, t.spec)), ...own };
  if (t.spec.unhashable && own.hash === undefined) delete slots.hash;
  t.slots = slots;
  return t;
}

const merged = new WeakSet<NativeTable>();

function baseKeyOf(key: string, spec: BuiltinTypeSpec | null): string | null {
  if (key === 'object' || key.startsWith('<')) return null;
  if (spec?.base) return spec.base;
  const core = CORE_TYPES.find((e) => e[0] === key);
  if (core) return core[1].length > 0 ? (core[1] as readonly string[])[0] : null;
  return 'object';
}

function inheritedSlots(key: string | null): TypeSlots {
  while (key !== null) {
    const t = lookupNativeTable(key);
    if (t !== undefined && t.spec !== null) return t.slots;
    key = baseKeyOf(key, null);
  }
  return {};
}

export function typeSpec(key: string): BuiltinTypeSpec | undefined { return tables.get(key)?.spec ?? undefined; }
