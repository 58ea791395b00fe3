// Installs the classroom shortcuts (shortcuts.ts) on the window and performs their actions
// through the store, the player and the run controller: the same paths as the buttons.

import { player } from '../playback/index.ts';
import { stepTime } from '../playback/advance.ts';
import { isRunning, stopRun } from '../run-controller.ts';
import { store } from '../store/index.ts';
import { traceSpan } from '../store/trace-slice.ts';
import { focusContext, shortcutFor, type ShortcutAction } from './shortcuts.ts';

function perform(action: ShortcutAction): boolean {
  if (action === 'stop') return stopRun();
  const s = store.getState();
  if (!s.traceComplete || s.events.length === 0 || !s.revealed) return false;
  const span = traceSpan(s.events);
  const at = s.cursor ?? span.end;
  const seek = (t: number) => {
    player.pause();
    store.getState().setCursor(t);
  };
  switch (action) {
    case 'toggle-play':
      player.toggle();
      return true;
    case 'step-back':
      seek(stepTime(s.events.map((e) => e.t), at, -1, span));
      return true;
    case 'step-forward':
      seek(stepTime(s.events.map((e) => e.t), at, 1, span));
      return true;
    case 'to-start':
      seek(span.start);
      return true;
    case 'to-end':
      seek(span.end);
      return true;
  }
}

export function installShortcuts(win: Window = window): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    const action = shortcutFor(e, focusContext(e.target, isRunning()));
    if (action && perform(action)) e.preventDefault();
  };
  win.addEventListener('keydown', onKey);
  return () => win.removeEventListener('keydown', onKey);
}
