// Run slice: whether a program is running, how the last one ended.

import type { StateCreator } from 'zustand';
import type { KitchenState } from './index.ts';

export type RunStatus = 'idle' | 'running' | 'done' | 'stopped' | 'internal-error';

export interface RunSlice {
  status: RunStatus;
  exitCode: number | null;
  /** Counts runs, so views can tell a new run from the previous one. */
  runNumber: number;
  runStarted(): void;
  runEnded(status: Exclude<RunStatus, 'idle' | 'running'>, exitCode: number | null): void;
}

export const createRunSlice: StateCreator<KitchenState, [], [], RunSlice> = (set) => ({
  status: 'idle',
  exitCode: null,
  runNumber: 0,
  runStarted: () => set((s) => ({ status: 'running', exitCode: null, runNumber: s.runNumber + 1 })),
  runEnded: (status, exitCode) => set({ status, exitCode }),
});
