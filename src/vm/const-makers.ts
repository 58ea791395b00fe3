// The registry of constant makers for loadCode (code-object.ts registerConstMaker), in a
// module with no imports so that it is initialised before any module that registers.
import type { Ref } from './heap.ts';
import type { Runtime } from './runtime.ts';
import type { Const } from '../python/code.ts';

export const extraConstMakers: ((rt: Runtime, c: Const) => Ref | null)[] = [];
