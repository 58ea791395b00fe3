// What the page does once at start for sharing, embedding and teaching: restore a share
// link or load ?preset=, apply ?view= and ?readonly=, install the postMessage API and the
// keyboard shortcuts, hide each run's result while "predict first" asks, follow projector
// mode on the root element, and run once when ?autorun=1 asks.

import { monaco } from '../editor/monaco-setup.ts';
import { parseEmbedParams, type EmbedParams } from '../embed/embed-params.ts';
import { installMessageApi } from '../embed/message-api.ts';
import { applyPresetByName } from '../presets/apply-preset.ts';
import { decodeShare, isShareHash } from '../share/share-link.ts';
import { restoreShareState } from '../share/share-state.ts';
import { startRun } from '../run-controller.ts';
import { store } from '../store/index.ts';
import { installShortcuts } from './install-shortcuts.ts';

export const EMBED: EmbedParams = parseEmbedParams(typeof window === 'undefined' ? '' : window.location.search);

function note(text: string): void {
  store.getState().append([{ stream: 'system', text: `${text}\n` }]);
}

function makeReadOnly(): void {
  for (const e of monaco.editor.getEditors()) e.updateOptions({ readOnly: true });
  monaco.editor.onDidCreateEditor((e) => e.updateOptions({ readOnly: true }));
}

/** Resolves when the state the URL asks for is in place (so autorun runs the right code). */
async function restoreFromUrl(p: EmbedParams): Promise<void> {
  const hash = window.location.hash;
  if (isShareHash(hash)) {
    try {
      const why = restoreShareState(await decodeShare(hash));
      if (why) note(why);
    } catch (e) {
      note(`This share link could not be opened: ${e instanceof Error ? e.message : String(e)}.`);
    }
  } else if (p.preset) {
    try {
      await applyPresetByName(p.preset);
    } catch (e) {
      note(`?preset: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (p.view) store.getState().setView(p.view);
  for (const problem of p.problems) note(`Embed parameter ignored: ${problem}.`);
}

let started = false;

/** Called once by App after the editor has mounted. Returns the cleanup. */
export function startClassroom(p: EmbedParams = EMBED): () => void {
  if (started) return () => {};
  started = true;
  if (p.readonly) makeReadOnly();
  const removeMessages = installMessageApi(p.origins);
  const removeKeys = installShortcuts();
  let lastRun = store.getState().runNumber;
  const unsubscribe = store.subscribe((s) => {
    if (s.runNumber !== lastRun) {
      lastRun = s.runNumber;
      s.hideForPrediction();
    }
    document.documentElement.classList.toggle('projector', s.projector);
  });
  void restoreFromUrl(p).then(() => {
    if (p.autorun) void startRun().catch(() => {/* the controller shows it in the console */});
  });
  return () => {
    started = false;
    removeMessages();
    removeKeys();
    unsubscribe();
  };
}
