// The sequence-protocol iterator: iter() of an object that has __getitem__ but no __iter__
// calls obj[0], obj[1], ... until IndexError or StopIteration (CPython Objects/iterobject.c
// seqiterobject). Its type is `iterator`, created on first use (rt.typeFor).
//
// Layout: header; SI_SEQ (the sequence, NULL once exhausted); SI_INDEX (raw i32).

import { type Ref, NULL, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { isPyErrorOf } from '../errors.ts';
import { getItem, setSeqIteratorFactory } from '../abstract.ts';
import { setUserSeqIter } from './user-slots.ts';

const SI_SEQ = 2;
const SI_INDEX = 3;

function newSeqIter(rt: Runtime, seq: Ref): Ref {
  const it = rt.heap.alloc(rt.typeFor('iterator'), 16);
  rt.heap.i32[(it >> 2) + SI_SEQ] = seq;
  return it;
}

registerType({
  key: 'iterator', name: 'iterator', basicsize: 16, flags: 0,
  slots: {
    iter: (_rt, self) => self,
    next(rt, self) {
      const w = self >> 2;
      const seq = rt.heap.i32[w + SI_SEQ] as Ref;
      if (seq === NULL) return NULL;
      const i = rt.heap.i32[w + SI_INDEX];
      try {
        const v = getItem(rt, seq, smallInt(i));
        rt.heap.i32[w + SI_INDEX] = i + 1;
        return v;
      } catch (e) {
        if (isPyErrorOf(rt, e, rt.types.IndexError) || isPyErrorOf(rt, e, rt.types.StopIteration)) {
          rt.heap.i32[w + SI_SEQ] = NULL;
          return NULL;
        }
        throw e;
      }
    },
    traverse(rt, self, visit) { visit(rt.heap.i32[(self >> 2) + SI_SEQ] as Ref); },
  },
});

setSeqIteratorFactory(newSeqIter);
setUserSeqIter(newSeqIter);
