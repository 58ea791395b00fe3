// bool: an int subclass with exactly two instances, rt.true and rt.false (heap int objects
// of type bool, created at startup). After CPython Objects/boolobject.c: & | ^ of two bools
// stay bool, everything else is int arithmetic inherited from int.

import type { Ref } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import type { TypeSlots } from '../type-slots.ts';
import { registerType } from '../registry.ts';
import { typeError } from '../errors.ts';
import { isTrue } from '../abstract.ts';
import { INT_BASICSIZE } from './int.ts';
import { tupleLen } from './tuple-core.ts';

function isBool(rt: Runtime, r: Ref): boolean { return r === rt.true || r === rt.false; }

function logical(op: 0 | 1 | 2): (rt: Runtime, a: Ref, b: Ref) => Ref {
  return (rt, a, b) => {
    if (isBool(rt, a) && isBool(rt, b)) {
      const x = a === rt.true, y = b === rt.true;
      return rt.bool(op === 0 ? x && y : op === 1 ? x || y : x !== y);
    }
    const intSlot = rt.slots(rt.types.int)[op === 0 ? 'and' : op === 1 ? 'or' : 'xor']!;
    return intSlot(rt, a, b);
  };
}

const slots: TypeSlots = {
  repr: (rt, self) => rt.intern(self === rt.true ? 'True' : 'False'),
  and: logical(0), or: logical(1), xor: logical(2),
  new(rt, _type, args, kwnames) {
    if (kwnames !== null && kwnames !== 0 && tupleLen(rt, kwnames) > 0) typeError(rt, 'bool() takes no keyword arguments');
    if (args.length > 1) typeError(rt, `bool expected at most 1 argument, got ${args.length}`);
    return rt.bool(args.length === 1 && isTrue(rt, args[0]));
  },
};

registerType({ key: 'bool', name: 'bool', base: 'int', basicsize: INT_BASICSIZE, varsize: true, flags: 0, slots,
  doc: 'Returns True when the argument is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.' });
