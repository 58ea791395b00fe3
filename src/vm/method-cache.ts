// Per-worker attribute cache for MRO lookups, after CPython's type method cache
// (Objects/typeobject.c, _PyType_Lookup): direct mapped on (type version tag, interned
// name). A type's version tag is reset to 0 when the type or one of its bases changes, and
// a fresh tag is drawn from a process-wide counter on the next lookup, so stale entries can
// never match again. Names are interned strings (immortal), so their addresses are stable.
// The cache holds no JS objects: three Int32Arrays.

const SIZE = 4096;

export class MethodCache {
  readonly version = new Int32Array(SIZE);
  readonly name = new Int32Array(SIZE);
  readonly value = new Int32Array(SIZE);
  hits = 0;
  misses = 0;

  static slot(version: number, name: number): number {
    return (Math.imul(version, 0x9e3779b1) ^ (name >>> 3)) & (SIZE - 1);
  }

  clear(): void { this.version.fill(0); }
}
