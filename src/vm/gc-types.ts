// Registration of the internal thread_state type: its traverse slot makes the GC visit a
// thread's frame chain, exception state, root stack and reserved eval-loop words.

import type { Ref } from './heap.ts';
import { registerType } from './registry.ts';
import { TS_REF_WORDS, TS_ROOTS, TS_ROOT_SP, THREAD_STATE_BYTES } from './runtime-layout.ts';

registerType({
  key: 'thread_state', name: 'thread_state', basicsize: THREAD_STATE_BYTES, flags: 0,
  slots: {
    traverse(rt, ts, visit) {
      const i32 = rt.heap.i32, w = ts >> 2;
      for (const k of TS_REF_WORDS) if (k !== TS_ROOTS) visit(i32[w + k] as Ref);
      // The root stack: mark the block and only its used entries.
      const block = i32[w + TS_ROOTS] as Ref;
      if (block !== 0) {
        visit(block);
        const sp = i32[w + TS_ROOT_SP];
        for (let k = 0; k < sp; k++) visit(i32[(block >> 2) + 2 + k] as Ref);
      }
    },
  },
});
