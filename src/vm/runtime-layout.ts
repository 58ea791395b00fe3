// Fixed layouts of the runtime: the root block (R_*), the thread-state object (TS_*) and the
// eval-breaker bits (EB_*). Kept apart from runtime.ts so low-level modules (the GC, the
// thread_state type) can use them without importing the Runtime class.

import { CORE_TYPES } from './builtin-types.ts';

// ---- root block ---------------------------------------------------------------------------
export const R_NONE = 0;
export const R_TRUE = 1;
export const R_FALSE = 2;
export const R_NOTIMPLEMENTED = 3;
export const R_ELLIPSIS = 4;
export const R_EMPTY_TUPLE = 5;
export const R_EMPTY_STR = 6;
/** dict str -> str: the interned strings (they are immortal roots). */
export const R_INTERNED = 7;
/** sys.modules (a dict). */
export const R_SYS_MODULES = 8;
/** list of str: the native-table directory (index -> registry key). */
export const R_NATIVE_KEYS = 9;
/** dict str -> type: types created on demand by rt.typeFor(key). */
export const R_TYPE_REGISTRY = 10;
/** The preallocated MemoryError instance (raising it allocates nothing). */
export const R_MEMORY_ERROR = 11;
/** First thread state of the process's list (linked through TS_NEXT). */
export const R_THREADS = 12;
/** The builtins module's dict (set by the builtins module at startup). */
export const R_BUILTINS = 13;
/** Free for the eval loop, builtins and stdlib (claim one in this list, with a comment). */
export const R_SPARE0 = 14;
export const R_SPARE1 = 15;
export const R_SPARE2 = 16;
export const R_SPARE3 = 17;
export const R_SPARE4 = 18;
export const R_SPARE5 = 19;
/** First core type: CORE_TYPES[i] is at R_TYPES + i. */
export const R_TYPES = 32;
export const ROOT_WORDS = R_TYPES + CORE_TYPES.length;

// ---- thread state -------------------------------------------------------------------------
/** Word offsets in a thread-state object. */
export const TS_FRAME = 2;        // current (innermost) frame, NULL when idle
export const TS_CUR_EXC = 3;      // exception being raised/propagated (NULL: none)
export const TS_EXC_INFO = 4;     // exception being handled (sys.exception()); the eval loop
                                  // keeps the stack of outer ones in its frames
export const TS_RECURSION = 5;    // raw i32: Python call depth
export const TS_THREAD_ID = 6;    // raw i32: threading.get_ident()
export const TS_ROOTS = 7;        // refs block: root stack for natives (rt.pushRoot)
export const TS_ROOT_SP = 8;      // raw i32: entries used in TS_ROOTS
export const TS_EVAL_BREAKER = 9; // raw i32, Atomics: EB_* bits
export const TS_NEXT = 10;        // next thread state of the process (NULL ends)
export const TS_STATUS = 11;      // raw i32: free for the platform (running/blocked/...)
export const TS_DICT = 12;        // per-thread dict (threading.local storage), NULL until used
export const TS_ASYNC_EXC = 13;   // pending asynchronous exception (NULL: none)
export const TS_EVAL_A = 14;      // Ref reserved for the eval loop (visited by the GC)
export const TS_EVAL_B = 15;      // Ref reserved for the eval loop (visited by the GC)
export const TS_RAW_A = 16;       // raw i32 reserved for the eval loop (not visited)
export const TS_RAW_B = 17;       // raw i32 reserved for the eval loop (not visited)
export const TS_WORDS = 18;
export const THREAD_STATE_BYTES = TS_WORDS * 4;
/** Ref-holding thread-state words, for the GC. */
export const TS_REF_WORDS = [TS_FRAME, TS_CUR_EXC, TS_EXC_INFO, TS_ROOTS, TS_NEXT, TS_DICT, TS_ASYNC_EXC, TS_EVAL_A, TS_EVAL_B];

/** Eval-breaker bits (CPython 3.13 keeps eval_breaker per thread as well). */
export const EB_GIL_DROP_REQUEST = 1;
export const EB_GC_REQUEST = 2;
export const EB_ASYNC_EXC = 4;
export const EB_STOP_THE_WORLD = 8;
export const EB_SIGNALS = 16;

