// Registers the builtin container and text types (their `registerType` calls run at module
// load): import this module once, before creating a Runtime, so the core types list, dict,
// tuple, set, frozenset, str, bytes, bytearray, range and slice get their slot tables and
// their iterator and view types can be created on demand.

import './slice.ts';
import './list.ts';
import './tuple.ts';
import './dict.ts';
import './dict-views.ts';
import './set.ts';
import './str.ts';
import './bytes.ts';
import './bytearray.ts';
import './range.ts';
