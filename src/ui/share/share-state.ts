// What a share link captures from the page and how opening one restores it: the editor's
// program, the platform, the view, the playback speed, the preset and the classroom toggles.

import { editorHandle } from '../editor/editor-handle.ts';
import { isIsolated } from '../platform.ts';
import { store } from '../store/index.ts';
import type { SharedState } from './share-link.ts';

export function captureShareState(): SharedState {
  const s = store.getState();
  const state: SharedState = { code: editorHandle.getCode(), platform: s.platform, view: s.view, speed: s.speed };
  if (s.presetId) state.preset = s.presetId;
  if (s.projector) state.projector = true;
  if (s.predictFirst) state.predictFirst = true;
  return state;
}

/** Restores `state`; returns a note for the reader when something could not be honoured. */
export function restoreShareState(state: SharedState): string | null {
  const s = store.getState();
  editorHandle.setCode(state.code);
  s.setPresetId(state.preset ?? null);
  let note: string | null = null;
  if (state.platform === 'shared' && !isIsolated()) {
    note = "The link asks for the 'shared' platform, but this page is not cross-origin isolated: it runs on the virtual platform.";
    s.setPlatform('virtual');
  } else if (state.platform) s.setPlatform(state.platform);
  if (state.view) s.setView(state.view);
  if (state.speed) s.setSpeed(state.speed);
  if (state.projector !== undefined) s.setProjector(state.projector);
  if (state.predictFirst !== undefined) s.setPredictFirst(state.predictFirst);
  return note;
}
