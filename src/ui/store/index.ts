// The page's one Zustand store, built from slices (React Flow's pattern); components read it
// through the selectors below so that each re-renders only when its part changes.

import { createStore, useStore } from 'zustand';
import { createConsoleSlice, type ConsoleSlice } from './console-slice.ts';
import { createEditorSlice, type EditorSlice } from './editor-slice.ts';
import { createRunSlice, type RunSlice } from './run-slice.ts';
import { createTraceSlice, type TraceSlice } from './trace-slice.ts';
import { createClassroomSlice, type ClassroomSlice } from './classroom-slice.ts';
import { currentPlatform, type PlatformName } from '../platform.ts';

export type KitchenState = EditorSlice & RunSlice & ConsoleSlice & TraceSlice & ClassroomSlice;

/** `platform`: what the toolbar selects at first (the page's best platform). */
export const createKitchenStore = (platform: PlatformName = 'virtual') =>
  createStore<KitchenState>()((...a) => ({
    ...createEditorSlice(...a),
    ...createRunSlice(...a),
    ...createConsoleSlice(...a),
    ...createTraceSlice(platform)(...a),
    ...createClassroomSlice(...a),
  }));

export type KitchenStore = ReturnType<typeof createKitchenStore>;

export const store = createKitchenStore(currentPlatform());

export function useKitchen<T>(selector: (s: KitchenState) => T): T {
  return useStore(store, selector);
}

export const selectCode = (s: KitchenState) => s.code;
export const selectSyntaxError = (s: KitchenState) => s.syntaxError;
export const selectStatus = (s: KitchenState) => s.status;
export const selectExitCode = (s: KitchenState) => s.exitCode;
export const selectChunks = (s: KitchenState) => s.chunks;
export const selectDropped = (s: KitchenState) => s.dropped;
export const selectPlatform = (s: KitchenState) => s.platform;
export const selectEvents = (s: KitchenState) => s.events;
export const selectTraceInfo = (s: KitchenState) => s.traceInfo;
export const selectTraceComplete = (s: KitchenState) => s.traceComplete;
export const selectView = (s: KitchenState) => s.view;
export const selectCursor = (s: KitchenState) => s.cursor;
export const selectPlaying = (s: KitchenState) => s.playing;
export const selectSpeed = (s: KitchenState) => s.speed;
