// Word offsets of the type object and the flag bits of a type (the heap side of
// PyTypeObject). Kept apart from type-object.ts so low-level files can read a type's fields
// without importing the attribute machinery.

/** Word offsets inside a type object (word 0-1: header). */
export const T_SLOTS = 2;       // raw i32: index of the slot table used to dispatch (rt.slots)
export const T_NATIVE = 3;      // raw i32: slot-table index of the nearest builtin ancestor
export const T_NAME = 4;        // str: __name__
export const T_QUALNAME = 5;    // str: __qualname__
export const T_BASE = 6;        // type: __base__ (NULL for object)
export const T_BASES = 7;       // tuple: __bases__
export const T_MRO = 8;         // tuple: __mro__
export const T_DICT = 9;        // dict: the type's namespace (tp_dict)
export const T_FLAGS = 10;      // raw i32: TF_* flags
export const T_BASICSIZE = 11;  // raw i32: bytes of an instance's fixed part, header included
export const T_DICTOFFSET = 12; // raw i32: byte offset of the instance __dict__ slot: >0 from the
                                // start, <0 from the end of the block (varsize bases), 0 none
export const T_EXTRA = 13;      // raw i32: bytes this type adds after its builtin ancestor's layout
                                // (instance dict + __slots__); varsize constructors add it
export const T_SLOTNAMES = 14;  // tuple of str (__slots__ names, mangled) or NULL
export const T_VERSION = 15;    // raw i32: version tag for attribute caches (0 = none yet)
export const T_SUBCLASSES = 16; // refs block of direct subclasses (NULL if none), for invalidation
export const T_NSUBCLASSES = 17;// raw i32: entries used in T_SUBCLASSES
export const T_NATIVE_DATA = 18;// raw i32: free for the type's own use (e.g. exception layout kind)
export const T_WORDS = 19;
export const TYPE_BASICSIZE = ((T_WORDS * 4) + 7) & ~7;

/** Type flags (T_FLAGS). Subclass bits follow CPython's Py_TPFLAGS_*_SUBCLASS: they make
 *  isinstance checks against core types one word read. */
export const TF_HEAPTYPE = 1 << 0;       // defined by a class statement / type(name, bases, ns)
export const TF_BASETYPE = 1 << 1;       // may be subclassed
export const TF_READY = 1 << 2;
export const TF_ABSTRACT = 1 << 3;       // has abstract methods (abc)
export const TF_VARSIZE = 1 << 4;        // instances have an inline variable part
export const TF_IMMUTABLETYPE = 1 << 5;  // type attributes cannot be set (builtins)
export const TF_HAS_FINALIZER = 1 << 6;  // defines __del__ (not run by our GC; recorded)
export const TF_METHOD_DESCRIPTOR = 1 << 7; // calling obj.attr may skip binding (functions)
export const TF_LONG_SUBCLASS = 1 << 16;
export const TF_LIST_SUBCLASS = 1 << 17;
export const TF_TUPLE_SUBCLASS = 1 << 18;
export const TF_BYTES_SUBCLASS = 1 << 19;
export const TF_UNICODE_SUBCLASS = 1 << 20;
export const TF_DICT_SUBCLASS = 1 << 21;
export const TF_BASE_EXC_SUBCLASS = 1 << 22;
export const TF_TYPE_SUBCLASS = 1 << 23;
export const TF_FLOAT_SUBCLASS = 1 << 24;
/** Flags a subclass inherits from its bases. */
export const TF_INHERITED = TF_LONG_SUBCLASS | TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS | TF_BYTES_SUBCLASS
  | TF_UNICODE_SUBCLASS | TF_DICT_SUBCLASS | TF_BASE_EXC_SUBCLASS | TF_TYPE_SUBCLASS | TF_FLOAT_SUBCLASS
  | TF_VARSIZE | TF_HAS_FINALIZER;
