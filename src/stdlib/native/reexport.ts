// `io` and `importlib`: modules whose contents are written in our Python (src/stdlib/py/
// _io.py, _importlib.py) but which are registered here under their public names.
//
// Why not io.py / importlib/__init__.py: tools/check-stdlib-on-cpython.py runs CPython with
// every public module of src/stdlib/py in front of its own, and CPython's runtime itself
// (runpy, multiprocessing's child processes) needs its real io and importlib. CPython's
// own `io` is likewise a re-export of the `_io` module, so our classes show as
// `_io.StringIO`, as python3's do.

import { registerNativeModule, importModule } from '../../vm/import.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet, dictNext, dictEntryKey, dictEntryValue } from '../../vm/objects/dict-core.ts';

function reexport(name: string, impl: string): void {
  registerNativeModule(name, (rt, m) => {
    const src = moduleDict(rt, importModule(rt, impl));
    const dst = moduleDict(rt, m);
    for (let e = dictNext(rt, src, 0); e >= 0; e = dictNext(rt, src, e + 1)) {
      const k = dictEntryKey(rt, src, e);
      const ks = rt.jsStr(k);
      if (ks === '__name__' || ks === '__spec__' || ks === '__loader__' || ks === '__package__' || ks === '__file__') continue;
      dictSet(rt, dst, k, dictEntryValue(rt, src, e));
    }
  });
}

reexport('io', '_io');
reexport('importlib', '_importlib');
