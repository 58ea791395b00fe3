// The page's one Zustand store, built from slices (React Flow's pattern); components read it
// through the selectors below so that each re-renders only when its part changes.

import { createStore, useStore } from 'zustand';
import { createConsoleSlice, type ConsoleSlice } from './console-slice.ts';
import { createEditorSlice, type EditorSlice } from './editor-slice.ts';
import { createRunSlice, type RunSlice } from './run-slice.ts';

export type KitchenState = EditorSlice & RunSlice & ConsoleSlice;

export const createKitchenStore = () =>
  createStore<KitchenState>()((...a) => ({
    ...createEditorSlice(...a),
    ...createRunSlice(...a),
    ...createConsoleSlice(...a),
  }));

export type KitchenStore = ReturnType<typeof createKitchenStore>;

export const store = createKitchenStore();

export function useKitchen<T>(selector: (s: KitchenState) => T): T {
  return useStore(store, selector);
}

export const selectCode = (s: KitchenState) => s.code;
export const selectSyntaxError = (s: KitchenState) => s.syntaxError;
export const selectStatus = (s: KitchenState) => s.status;
export const selectExitCode = (s: KitchenState) => s.exitCode;
export const selectChunks = (s: KitchenState) => s.chunks;
export const selectDropped = (s: KitchenState) => s.dropped;
