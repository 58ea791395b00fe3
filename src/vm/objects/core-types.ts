// Imports every builtin type module of the object-model core so their registerType calls
// run before a Runtime bootstraps. The container types, functions, frames and the rest are
// imported by the VM's entry point (whoever creates a Runtime imports those modules too).

import './object.ts';
import './type-core.ts';
import './descriptors.ts';
import './user-slots.ts';
import './int.ts';
import './bool.ts';
import './float.ts';
import './complex.ts';
import './none.ts';
import './exceptions.ts';
import '../gc-types.ts';
import './core-fallbacks.ts';
import './number-format.ts';
import './seq-iterator.ts';
