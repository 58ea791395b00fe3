// Interned names the object model looks up on hot paths (special methods, attributes the
// VM itself reads). `rt.names.__add__` is a field read, where `rt.intern('__add__')` would
// hash the JS string on every call. Append freely: the table is built per Runtime.

export const NAMES = [
  '__abs__', '__add__', '__aenter__', '__aexit__', '__aiter__', '__and__', '__anext__', '__annotations__',
  '__await__', '__bool__', '__build_class__', '__call__', '__ceil__', '__class__', '__class_getitem__',
  '__contains__', '__del__', '__delattr__', '__delete__', '__delitem__', '__dict__', '__dir__', '__divmod__',
  '__doc__', '__enter__', '__eq__', '__exit__', '__float__', '__floor__', '__floordiv__', '__format__',
  '__ge__', '__get__', '__getattr__', '__getattribute__', '__getitem__', '__gt__', '__hash__', '__iadd__',
  '__iand__', '__ifloordiv__', '__ilshift__', '__imatmul__', '__imod__', '__imul__', '__index__',
  '__init__', '__init_subclass__', '__instancecheck__', '__int__', '__invert__', '__ior__', '__ipow__',
  '__irshift__', '__isub__', '__iter__', '__itruediv__', '__ixor__', '__le__', '__len__', '__length_hint__',
  '__lshift__', '__lt__', '__matmul__', '__missing__', '__mod__', '__module__', '__mro_entries__', '__mul__',
  '__name__', '__ne__', '__neg__', '__new__', '__next__', '__notes__', '__or__', '__pos__', '__pow__',
  '__prepare__', '__qualname__', '__radd__', '__rand__', '__rdivmod__', '__repr__', '__reversed__',
  '__rfloordiv__', '__rlshift__', '__rmatmul__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__',
  '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__', '__rxor__', '__set__', '__set_name__',
  '__setattr__', '__setitem__', '__slots__', '__str__', '__sub__', '__subclasscheck__', '__traceback__',
  '__truediv__', '__trunc__', '__weakref__', '__xor__', '__abstractmethods__', '__bases__', '__cause__',
  '__context__', '__file__', '__spec__', '__loader__', '__package__', '__builtins__', '__path__',
  '__all__', '__main__', '__debug__', '__match_args__', '__orig_bases__', '__classcell__', '__self__',
  '__func__', '__wrapped__', '__defaults__', '__kwdefaults__', '__code__', '__globals__', '__closure__',
] as const;

export type NameKey = (typeof NAMES)[number];
export type Names = { readonly [K in NameKey]: import('./heap.ts').Ref };
