// Classroom slice: what the page shows around the program for teaching (issue 9) — the
// preset in the editor, projector mode, "predict first" and whether this run's answer is
// revealed yet, and whether the compare view is open. Kept in the one store so that the
// share link, the embed parameters and the keyboard shortcuts all read one source of truth.

import type { StateCreator } from 'zustand';
import type { KitchenState } from './index.ts';

export interface ClassroomSlice {
  /** Id of the preset last loaded into the editor (presets.json); null for the reader's own code. */
  presetId: string | null;
  /** Large type, high contrast, colour-blind-safe palette, chrome hidden. */
  projector: boolean;
  /** Ask the audience what will happen before showing the run's output and trace. */
  predictFirst: boolean;
  /** The prediction the audience chose for the current run (index into the choices), or null. */
  prediction: number | null;
  /** False while predict-first hides the result of the current run. */
  revealed: boolean;
  /** The compare view (one workload, four ways) replaces the editor and the trace. */
  compareOpen: boolean;
  setPresetId(id: string | null): void;
  setProjector(on: boolean): void;
  setPredictFirst(on: boolean): void;
  setPrediction(choice: number | null): void;
  reveal(): void;
  /** A run started: with predict-first on, hide its result until revealed. */
  hideForPrediction(): void;
  setCompareOpen(open: boolean): void;
}

export const createClassroomSlice: StateCreator<KitchenState, [], [], ClassroomSlice> = (set) => ({
  presetId: null,
  projector: false,
  predictFirst: false,
  prediction: null,
  revealed: true,
  compareOpen: false,
  setPresetId: (presetId) => set({ presetId }),
  setProjector: (projector) => set({ projector }),
  setPredictFirst: (predictFirst) => set(predictFirst ? { predictFirst } : { predictFirst, revealed: true, prediction: null }),
  setPrediction: (prediction) => set({ prediction }),
  reveal: () => set({ revealed: true }),
  hideForPrediction: () => set((s) => (s.predictFirst ? { revealed: false, prediction: null } : s)),
  setCompareOpen: (compareOpen) => set({ compareOpen }),
});
