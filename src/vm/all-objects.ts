// Imports every module that registers a builtin type or native group, so that their
// registerType / registerNatives calls have run before a Runtime bootstraps (run.ts and the
// platforms' worker entry points import this once).

import './objects/core-types.ts';
import './objects/str.ts';
import './objects/tuple.ts';
import './objects/list.ts';
import './objects/dict.ts';
import './objects/dict-views.ts';
import './objects/set.ts';
import './objects/range.ts';
import './objects/slice.ts';
import './objects/bytes.ts';
import './objects/bytearray.ts';
import './objects/memoryview.ts';
import './objects/cell.ts';
import './objects/method.ts';
import './objects/function.ts';
import './objects/module.ts';
import './objects/traceback.ts';
import './objects/frame-object.ts';
import './objects/type-class.ts';
import './objects/generator-type.ts';
import './objects/async-generator.ts';
import './objects/descriptors-py.ts';
import './builtins-iter.ts';
import './builtins-module.ts';
import './sys-module.ts';
