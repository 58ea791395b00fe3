// THE opcode table: every instruction of our bytecode, defined once. The eval loop's
// dispatch (`OP.X`), the compiler's stack-depth computation (`stackEffect`), the
// disassembler (dis.ts) and the structural validator all derive from `OPCODES`.
//
// The instruction set is CPython 3.13's (Python/bytecodes.c, Lib/opcode.py, Doc/library/
// dis.rst), minus specialisation, caches and EXTENDED_ARG, with these deliberate
// simplifications (the eval loop must follow THESE, not CPython):
//   * Jump opargs are absolute instruction indices (see code.ts), in every direction.
//   * No TO_BOOL: POP_JUMP_IF_FALSE/TRUE and UNARY_NOT take the truth value themselves.
//   * COMPARE_OP's arg is just the comparison (0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=; Py_LT..).
//   * FOR_ITER on exhaustion pops the iterator and jumps to its target (no END_FOR).
//   * super(): no LOAD_SUPER_ATTR. Zero-argument super() is an ordinary call to the builtin,
//     which (as CPython 3.11's super_init_without_args) reads the calling frame: localsplus[0]
//     (dereferenced if it is a cell) as self, and the free variable `__class__` (a cell) as
//     the class. The compiler makes `__class__` a free var of any method using super/__class__.
//   * SET_FUNCTION_ATTRIBUTE 4 (annotations) receives a dict, not CPython's flat tuple.
//   * YIELD_VALUE's arg is always 0.
// Eval-breaker check points (CPython 3.13 CHECK_EVAL_BREAKER sites, reduced): RESUME with
// arg 0 (function entry, also a generator's first run), JUMP_BACKWARD, and after CALL /
// CALL_KW / CALL_FUNCTION_EX when the callee was native (a Python callee checks at its own
// RESUME 0). Never between a load, a BINARY_OP and a store: `x += 1` is one atomic run.
//
// Call protocol (3.13): the stack holds `callable, self_or_null, arg1..argN` (N = oparg; for
// CALL_KW the last len(kwnames) args are keyword values and a kwnames tuple is on top). If
// self_or_null is not NULL it is passed as an extra first positional argument. LOAD_GLOBAL
// with arg low bit set pushes (global, NULL); LOAD_ATTR with low bit set pushes (meth, self)
// when the attribute is a plain method found on the type, else (attr, NULL); other callables
// get an explicit PUSH_NULL after them. The compiler also uses the "self" slot as a trick in
// two places, as CPython does: `with` exit calls (exit, None, None, None; CALL 2 ->
// exit(None, None, None)) and comprehension calls (func, iter; CALL 0 -> func(iter)).
//
// Exceptions use the table in CodeUnit.exceptionTable (no block stack); see code.ts.

export type ArgKind =
  | 'none'
  | 'const' // index into consts
  | 'name' // index into names
  | 'global' // (names index << 1) | 1 if a NULL is pushed after the global
  | 'attr' // (names index << 1) | 1 for a method load
  | 'local' // index into localsplus (code.ts)
  | 'jump' // absolute instruction index
  | 'count' // a plain count / stack position
  | 'compare' // 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=
  | 'binop' // NB_* (BINARY_OPS below)
  | 'invert' // 0 normal, 1 inverted (is not / not in)
  | 'resume' // 0 function start, 1 after yield, 2 after yield from, 3 after await
  | 'intrinsic1' // INTRINSIC_1 below
  | 'intrinsic2' // INTRINSIC_2 below
  | 'conversion' // 1 str (!s), 2 repr (!r), 3 ascii (!a)
  | 'fnattr' // 1 defaults, 2 kwdefaults, 4 annotations, 8 closure
  | 'callex' // bit 0: a kwargs dict is on the stack
  | 'unpackex' // before | (after << 8)
  | 'awaitable' // 0 plain await, 1 after __aenter__, 2 after __aexit__ (error messages)
  | 'raise' // 0 re-raise, 1 raise exc, 2 raise exc from cause
  | 'reraise'; // 0, or n: set frame lasti from the int at STACK[-n] after popping exc

export type Checkpoint = 'never' | 'arg0' | 'always' | 'after-call';

type Eff = number | ((arg: number) => number);

export interface OpcodeInfo {
  name: string;
  /** Opcode number; pseudo ops (compiler-internal, never emitted) are >= 256. */
  num: number;
  arg: ArgKind;
  /** Items popped / pushed on the fall-through path. */
  pops: Eff;
  pushes: Eff;
  /** For branching ops (arg 'jump'): items popped / pushed when the jump is taken. */
  jumpPops?: Eff;
  jumpPushes?: Eff;
  /** True when control never falls through to the next instruction. */
  terminates: boolean;
  checkpoint: Checkpoint;
  pseudo: boolean;
  doc: string;
}

type Spec = readonly [name: string, arg: ArgKind, pops: Eff, pushes: Eff, doc: string, extra?: Partial<OpcodeInfo>];

const n = (a: number): number => a;
const T = { terminates: true };
const J = (jp: Eff, jq: Eff): Partial<OpcodeInfo> => ({ jumpPops: jp, jumpPushes: jq });

// Order defines the opcode numbers (index in this list). Append only, never reorder.
const SPECS = [
  ['NOP', 'none', 0, 0, 'do nothing'],
  ['RESUME', 'resume', 0, 0, 'frame entry (0) or re-entry after yield/yield from/await (1/2/3); arg 0 checks the eval breaker', { checkpoint: 'arg0' }],
  ['POP_TOP', 'none', 1, 0, 'discard TOS'],
  ['PUSH_NULL', 'none', 0, 1, 'push NULL (the self_or_null slot of a call)'],
  ['COPY', 'count', n, (a) => a + 1, 'push a copy of the arg-th item (1 = TOS)'],
  ['SWAP', 'count', n, n, 'swap TOS with the arg-th item (2 = the one below TOS)'],
  ['LOAD_CONST', 'const', 0, 1, 'push consts[arg]'],
  ['RETURN_CONST', 'const', 0, 0, 'return consts[arg] from the frame', T],
  ['RETURN_VALUE', 'none', 1, 0, 'return TOS from the frame', T],
  ['LOAD_FAST', 'local', 0, 1, 'push localsplus[arg] (compiler proved it bound)'],
  ['LOAD_FAST_CHECK', 'local', 0, 1, 'push localsplus[arg]; UnboundLocalError if NULL'],
  ['STORE_FAST', 'local', 1, 0, 'localsplus[arg] = pop()'],
  ['DELETE_FAST', 'local', 0, 0, 'localsplus[arg] = NULL; UnboundLocalError if already NULL'],
  ['LOAD_NAME', 'name', 0, 1, 'push names[arg] from locals dict, then globals, then builtins; NameError'],
  ['STORE_NAME', 'name', 1, 0, 'locals dict[names[arg]] = pop()'],
  ['DELETE_NAME', 'name', 0, 0, 'del locals dict[names[arg]]; NameError'],
  ['LOAD_GLOBAL', 'global', 0, (a) => 1 + (a & 1), 'push globals/builtins[names[arg>>1]], then NULL if arg&1; NameError'],
  ['STORE_GLOBAL', 'name', 1, 0, 'globals[names[arg]] = pop()'],
  ['DELETE_GLOBAL', 'name', 0, 0, 'del globals[names[arg]]; NameError'],
  ['LOAD_DEREF', 'local', 0, 1, 'push the contents of the cell at localsplus[arg]; NameError/UnboundLocalError if empty'],
  ['STORE_DEREF', 'local', 1, 0, 'cell at localsplus[arg] .contents = pop()'],
  ['DELETE_DEREF', 'local', 0, 0, 'empty the cell at localsplus[arg]; error if already empty'],
  ['MAKE_CELL', 'local', 0, 0, 'localsplus[arg] = new cell(localsplus[arg]) (NULL -> empty cell)'],
  ['COPY_FREE_VARS', 'count', 0, 0, 'copy the function closure\'s arg cells into the last arg localsplus slots'],
  ['LOAD_CLOSURE', 'local', 0, 1, 'push the cell object itself at localsplus[arg]'],
  ['LOAD_FROM_DICT_OR_DEREF', 'local', 1, 1, 'pop mapping; push mapping[name of localsplus[arg]] or else the cell contents (class bodies)'],
  ['LOAD_LOCALS', 'none', 0, 1, 'push the frame\'s locals dict'],
  ['LOAD_ATTR', 'attr', 1, (a) => 1 + (a & 1), 'pop owner; push owner.names[arg>>1]; if arg&1 push (meth, owner) or (attr, NULL)'],
  ['STORE_ATTR', 'name', 2, 0, 'owner = pop(); value = pop(); owner.names[arg] = value'],
  ['DELETE_ATTR', 'name', 1, 0, 'del pop().names[arg]'],
  ['BINARY_OP', 'binop', 2, 1, 'rhs = pop(); lhs = pop(); push lhs <op> rhs (in-place variants try __iop__ first)'],
  ['UNARY_NEGATIVE', 'none', 1, 1, 'TOS = -TOS'],
  ['UNARY_NOT', 'none', 1, 1, 'TOS = not TOS (truth test included)'],
  ['UNARY_INVERT', 'none', 1, 1, 'TOS = ~TOS'],
  ['COMPARE_OP', 'compare', 2, 1, 'rhs = pop(); lhs = pop(); push rich comparison (not coerced to bool)'],
  ['IS_OP', 'invert', 2, 1, 'push (lhs is rhs) ^ arg'],
  ['CONTAINS_OP', 'invert', 2, 1, 'rhs = pop(); lhs = pop(); push (lhs in rhs) ^ arg'],
  ['BINARY_SUBSCR', 'none', 2, 1, 'key = pop(); container = pop(); push container[key]'],
  ['STORE_SUBSCR', 'none', 3, 0, 'stack value, container, key: container[key] = value'],
  ['DELETE_SUBSCR', 'none', 2, 0, 'stack container, key: del container[key]'],
  ['BINARY_SLICE', 'none', 3, 1, 'stack container, start, stop: push container[start:stop]'],
  ['STORE_SLICE', 'none', 4, 0, 'stack value, container, start, stop: container[start:stop] = value'],
  ['BUILD_SLICE', 'count', n, 1, 'pop arg (2 or 3) items start, stop[, step]; push slice'],
  ['BUILD_TUPLE', 'count', n, 1, 'pop arg items; push a tuple of them (bottom first)'],
  ['BUILD_LIST', 'count', n, 1, 'pop arg items; push a list'],
  ['BUILD_SET', 'count', n, 1, 'pop arg items; push a set'],
  ['BUILD_MAP', 'count', (a) => 2 * a, 1, 'pop arg key,value pairs (k1, v1, k2, v2...); push a dict'],
  ['BUILD_CONST_KEY_MAP', 'count', (a) => a + 1, 1, 'pop keys tuple (TOS) and arg values; push a dict'],
  ['BUILD_STRING', 'count', n, 1, 'pop arg strings; push their concatenation'],
  ['LIST_APPEND', 'count', 1, 0, 'v = pop(); STACK[-arg].append(v)'],
  ['SET_ADD', 'count', 1, 0, 'v = pop(); STACK[-arg].add(v)'],
  ['MAP_ADD', 'count', 2, 0, 'value = pop(); key = pop(); STACK[-arg][key] = value'],
  ['LIST_EXTEND', 'count', 1, 0, 'it = pop(); STACK[-arg].extend(it)'],
  ['SET_UPDATE', 'count', 1, 0, 'it = pop(); STACK[-arg].update(it)'],
  ['DICT_UPDATE', 'count', 1, 0, 'm = pop(); STACK[-arg].update(m) (dict display **m; TypeError if not a mapping)'],
  ['DICT_MERGE', 'count', 1, 0, 'm = pop(); merge into STACK[-arg] raising TypeError on duplicate keys (call **m); callable is STACK[-(arg+2)]'],
  ['UNPACK_SEQUENCE', 'count', 1, n, 'pop an iterable of exactly arg items; push them so the first ends on top'],
  ['UNPACK_EX', 'unpackex', 1, (a) => (a & 0xff) + (a >> 8) + 1, 'star unpack: arg&0xff before, arg>>8 after; pushes after..., list, before... (first on top)'],
  ['CONVERT_VALUE', 'conversion', 1, 1, 'TOS = str/repr/ascii(TOS) for f-string !s/!r/!a'],
  ['FORMAT_SIMPLE', 'none', 1, 1, 'TOS = format(TOS, "") (TOS unchanged if already an exact str)'],
  ['FORMAT_WITH_SPEC', 'none', 2, 1, 'spec = pop(); value = pop(); push format(value, spec)'],
  ['JUMP_FORWARD', 'jump', 0, 0, 'jump to arg', T],
  ['JUMP_BACKWARD', 'jump', 0, 0, 'jump to arg (a loop back edge); checks the eval breaker', { ...T, checkpoint: 'always' }],
  ['JUMP_BACKWARD_NO_INTERRUPT', 'jump', 0, 0, 'jump to arg without an eval-breaker check (yield from / await loops)', T],
  ['POP_JUMP_IF_FALSE', 'jump', 1, 0, 'pop; jump if false (truth test included)', J(1, 0)],
  ['POP_JUMP_IF_TRUE', 'jump', 1, 0, 'pop; jump if true (truth test included)', J(1, 0)],
  ['POP_JUMP_IF_NONE', 'jump', 1, 0, 'pop; jump if it is None', J(1, 0)],
  ['POP_JUMP_IF_NOT_NONE', 'jump', 1, 0, 'pop; jump if it is not None', J(1, 0)],
  ['GET_ITER', 'none', 1, 1, 'TOS = iter(TOS)'],
  ['FOR_ITER', 'jump', 1, 2, 'push next(TOS); on exhaustion pop the iterator and jump to arg', J(1, 0)],
  ['CALL', 'count', (a) => a + 2, 1, 'stack callable, self_or_null, arg args: push the call result', { checkpoint: 'after-call' }],
  ['CALL_KW', 'count', (a) => a + 3, 1, 'stack callable, self_or_null, arg args, kwnames tuple: last len(kwnames) args are keywords', { checkpoint: 'after-call' }],
  ['CALL_FUNCTION_EX', 'callex', (a) => 3 + (a & 1), 1, 'stack callable, NULL, args tuple[, kwargs dict if arg&1]: push callable(*args, **kwargs)', { checkpoint: 'after-call' }],
  ['MAKE_FUNCTION', 'none', 1, 1, 'pop a code object; push a new function with the frame\'s globals'],
  ['SET_FUNCTION_ATTRIBUTE', 'fnattr', 2, 1, 'stack attr, func: set defaults(1)/kwdefaults(2)/annotations dict(4)/closure tuple(8); push func'],
  ['RETURN_GENERATOR', 'none', 0, 1, 'turn the frame into a generator/coroutine/async generator and return it; on first resume the sent value (None) is pushed'],
  ['YIELD_VALUE', 'none', 1, 1, 'suspend yielding pop(); on resume push the sent value'],
  ['GET_YIELD_FROM_ITER', 'none', 1, 1, 'TOS = iter(TOS) unless it is a generator or (in a coroutine-flagged code) a coroutine'],
  ['SEND', 'jump', 2, 2, 'stack receiver, v: push receiver.send(v) in v\'s place; on return (StopIteration) put the return value there and jump to arg', J(2, 2)],
  ['END_SEND', 'none', 2, 1, 'stack receiver, value: drop receiver'],
  ['CLEANUP_THROW', 'none', 3, 2, 'handler for throw() into yield from/await: stack sub_iter, last_sent, exc; StopIteration -> push None, exc.value; else re-raise exc'],
  ['GET_AWAITABLE', 'awaitable', 1, 1, 'TOS = the awaitable\'s iterator (coroutine itself or __await__()); TypeError if not awaitable'],
  ['GET_AITER', 'none', 1, 1, 'TOS = TOS.__aiter__()'],
  ['GET_ANEXT', 'none', 1, 2, 'push awaitable of TOS.__anext__() (TOS stays)'],
  ['END_ASYNC_FOR', 'none', 2, 0, 'handler ending async for: stack aiter, exc; StopAsyncIteration -> pop both; else re-raise exc'],
  ['BEFORE_WITH', 'none', 1, 2, 'mgr = pop(); push bound mgr.__exit__, then push mgr.__enter__()'],
  ['BEFORE_ASYNC_WITH', 'none', 1, 2, 'mgr = pop(); push bound mgr.__aexit__, then push mgr.__aenter__() (an awaitable)'],
  ['WITH_EXCEPT_START', 'none', 4, 5, 'stack exit, lasti, prev_exc, exc: push exit(type(exc), exc, exc.__traceback__)'],
  ['PUSH_EXC_INFO', 'none', 1, 2, 'exc = pop(); push the currently handled exception (or None); make exc the handled one; push exc'],
  ['POP_EXCEPT', 'none', 1, 0, 'restore the handled exception to pop()'],
  ['CHECK_EXC_MATCH', 'none', 2, 2, 'stack exc, type: replace type by isinstance-style match bool (TypeError for bad types)'],
  ['CHECK_EG_MATCH', 'none', 2, 2, 'stack eg, type: replace by (rest, match) via eg.split(type); match None if no match'],
  // The exception-table lookup for RERAISE uses the RERAISE's OWN index (CPython 3.12
  // exception_unwind uses next_instr - 1); lasti only changes the frame's reported position
  // (f_lineno). Looking up the handler at lasti would loop forever in cleanup handlers.
  ['RERAISE', 'reraise', 1, 0, 'exc = pop(); if arg, the frame\'s reported lasti = int STACK[-arg]; re-raise exc with no new traceback entry; handler lookup at this RERAISE\'s own index', T],
  ['RAISE_VARARGS', 'raise', n, 0, '0: re-raise handled exception; 1: raise pop(); 2: cause = pop(); raise pop() from cause', T],
  ['LOAD_ASSERTION_ERROR', 'none', 0, 1, 'push AssertionError'],
  ['LOAD_BUILD_CLASS', 'none', 0, 1, 'push builtins.__build_class__'],
  ['SETUP_ANNOTATIONS', 'none', 0, 0, 'create __annotations__ = {} in the locals dict if missing'],
  ['IMPORT_NAME', 'name', 2, 1, 'stack level, fromlist: push __import__(names[arg], globals, locals, fromlist, level)'],
  ['IMPORT_FROM', 'name', 1, 2, 'push getattr(TOS, names[arg]) (falls back to sys.modules[pkg.name]); ImportError'],
  ['CALL_INTRINSIC_1', 'intrinsic1', 1, 1, 'TOS = intrinsic1[arg](TOS)'],
  ['CALL_INTRINSIC_2', 'intrinsic2', 2, 1, 'b = pop(); a = pop(); push intrinsic2[arg](a, b)'],
] as const satisfies readonly Spec[];

// Compiler-internal pseudo ops (never in emitted code): the assembler turns JUMP into
// JUMP_FORWARD/JUMP_BACKWARD and JUMP_NO_INTERRUPT into JUMP_FORWARD/..._NO_INTERRUPT by
// direction, as CPython's flowgraph.c does.
const PSEUDO_SPECS = [
  ['JUMP', 'jump', 0, 0, 'unconditional jump, direction resolved by the assembler', T],
  ['JUMP_NO_INTERRUPT', 'jump', 0, 0, 'unconditional jump without eval-breaker check', T],
] as const satisfies readonly Spec[];

function build(specs: readonly Spec[], base: number, pseudo: boolean): OpcodeInfo[] {
  return specs.map(([name, arg, pops, pushes, doc, extra], i) => ({
    name, num: base + i, arg, pops, pushes, doc, terminates: false, checkpoint: 'never' as Checkpoint, pseudo, ...extra,
  }));
}

/** All real opcodes, indexed by number. */
export const OPCODES: readonly OpcodeInfo[] = build(SPECS, 0, false);
/** Pseudo opcodes, numbered from 256. */
export const PSEUDO_OPCODES: readonly OpcodeInfo[] = build(PSEUDO_SPECS, 256, true);

type OpName = (typeof SPECS)[number][0];
function nameMap(list: readonly OpcodeInfo[]): Record<string, number> {
  const m: Record<string, number> = {};
  for (const o of list) m[o.name] = o.num;
  return m;
}

/** Opcode numbers by name, for dispatch: `case OP.LOAD_FAST:`. */
export const OP = Object.freeze(nameMap(OPCODES)) as Readonly<Record<OpName, number>>;

/** Pseudo op numbers (compiler only). */
export const PSEUDO = Object.freeze(nameMap(PSEUDO_OPCODES)) as Readonly<Record<(typeof PSEUDO_SPECS)[number][0], number>>;

/** Info for a real or pseudo opcode number. */
export function opInfo(op: number): OpcodeInfo {
  const info = op >= 256 ? PSEUDO_OPCODES[op - 256] : OPCODES[op];
  if (!info) throw new Error(`unknown opcode ${op}`);
  return info;
}

const ev = (e: Eff, arg: number): number => (typeof e === 'number' ? e : e(arg));

/** Net stack effect of `op` with `arg`; `jump` selects the taken-branch effect for branching
 * ops (for non-branching ops it is ignored). Like CPython's PyCompile_OpcodeStackEffectWithJump. */
export function stackEffect(op: number, arg: number, jump = false): number {
  const i = opInfo(op);
  if (jump && i.jumpPops !== undefined) return ev(i.jumpPushes!, arg) - ev(i.jumpPops, arg);
  return ev(i.pushes, arg) - ev(i.pops, arg);
}

/** Items `op` needs on the stack (pops), for validation. */
export function stackPops(op: number, arg: number, jump = false): number {
  const i = opInfo(op);
  return ev(jump && i.jumpPops !== undefined ? i.jumpPops : i.pops, arg);
}

/** True for ops whose arg is an instruction index. */
export function hasJump(op: number): boolean {
  return opInfo(op).arg === 'jump';
}

/** True if the op may continue at its jump target (conditional branches and unconditional jumps). */
export function isUnconditionalJump(op: number): boolean {
  const i = opInfo(op);
  return i.arg === 'jump' && i.terminates;
}

/** BINARY_OP args: CPython's NB_* numbering (Include/internal/pycore_opcode_utils.h / opcode.py _nb_ops). */
export const BINARY_OPS: readonly { name: string; symbol: string }[] = [
  { name: 'NB_ADD', symbol: '+' },
  { name: 'NB_AND', symbol: '&' },
  { name: 'NB_FLOOR_DIVIDE', symbol: '//' },
  { name: 'NB_LSHIFT', symbol: '<<' },
  { name: 'NB_MATRIX_MULTIPLY', symbol: '@' },
  { name: 'NB_MULTIPLY', symbol: '*' },
  { name: 'NB_REMAINDER', symbol: '%' },
  { name: 'NB_OR', symbol: '|' },
  { name: 'NB_POWER', symbol: '**' },
  { name: 'NB_RSHIFT', symbol: '>>' },
  { name: 'NB_SUBTRACT', symbol: '-' },
  { name: 'NB_TRUE_DIVIDE', symbol: '/' },
  { name: 'NB_XOR', symbol: '^' },
  { name: 'NB_INPLACE_ADD', symbol: '+=' },
  { name: 'NB_INPLACE_AND', symbol: '&=' },
  { name: 'NB_INPLACE_FLOOR_DIVIDE', symbol: '//=' },
  { name: 'NB_INPLACE_LSHIFT', symbol: '<<=' },
  { name: 'NB_INPLACE_MATRIX_MULTIPLY', symbol: '@=' },
  { name: 'NB_INPLACE_MULTIPLY', symbol: '*=' },
  { name: 'NB_INPLACE_REMAINDER', symbol: '%=' },
  { name: 'NB_INPLACE_OR', symbol: '|=' },
  { name: 'NB_INPLACE_POWER', symbol: '**=' },
  { name: 'NB_INPLACE_RSHIFT', symbol: '>>=' },
  { name: 'NB_INPLACE_SUBTRACT', symbol: '-=' },
  { name: 'NB_INPLACE_TRUE_DIVIDE', symbol: '/=' },
  { name: 'NB_INPLACE_XOR', symbol: '^=' },
];
/** Offset from a binary NB_* to its in-place variant. */
export const NB_INPLACE_OFFSET = 13;

export const COMPARE_OPS: readonly string[] = ['<', '<=', '==', '!=', '>', '>='];

/** CALL_INTRINSIC_1 args (CPython 3.13 Include/internal/pycore_intrinsics.h numbering). */
export const INTRINSIC_1 = {
  INTRINSIC_PRINT: 1, // unused by us (interactive mode)
  INTRINSIC_IMPORT_STAR: 2, // TOS module: copy public names into the locals dict; push None
  INTRINSIC_STOPITERATION_ERROR: 3, // TOS exc: StopIteration (and StopAsyncIteration in async gens) -> RuntimeError("generator raised StopIteration") chained; else unchanged
  INTRINSIC_ASYNC_GEN_WRAP: 4, // wrap a value yielded by an async generator
  INTRINSIC_UNARY_POSITIVE: 5, // +TOS
  INTRINSIC_LIST_TO_TUPLE: 6, // tuple(TOS list)
} as const;
export const INTRINSIC_1_NAMES: Record<number, string> = Object.fromEntries(Object.entries(INTRINSIC_1).map(([k, v]) => [v, k]));

/** CALL_INTRINSIC_2 args. */
export const INTRINSIC_2 = {
  INTRINSIC_PREP_RERAISE_STAR: 1, // (orig exc, list of raised/unhandled excs) -> exception to re-raise or None
} as const;
export const INTRINSIC_2_NAMES: Record<number, string> = Object.fromEntries(Object.entries(INTRINSIC_2).map(([k, v]) => [v, k]));

/** SET_FUNCTION_ATTRIBUTE flags. */
export const FN_DEFAULTS = 0x01;
export const FN_KWDEFAULTS = 0x02;
export const FN_ANNOTATIONS = 0x04;
export const FN_CLOSURE = 0x08;

/** Opcode name by number (real or pseudo). */
export function opName(op: number): string {
  return opInfo(op).name;
}
