// Keyboard shortcuts for teaching from the keyboard (issue 9, "Classroom"):
//   Ctrl/Cmd+Enter  run            (App.tsx handles it everywhere, the editor included)
//   Esc             stop the run
//   Space           play / pause the trace
//   ← / →           previous / next event of the trace
//   Home / End      start / end of the trace
// Space, the arrows, Home and End move the caret or press buttons while typing, so they act
// only when the focus is not in the editor or a form control. Esc closes Monaco's widgets
// in the editor, so there it stops only a running program.

export type ShortcutAction = 'stop' | 'toggle-play' | 'step-back' | 'step-forward' | 'to-start' | 'to-end';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface FocusContext {
  /** The focus is in the code editor. */
  inEditor: boolean;
  /** The focus is in a control that uses these keys itself (input, select, button, textarea). */
  inControl: boolean;
  running: boolean;
}

export function shortcutFor(e: KeyLike, where: FocusContext): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Escape') return where.running && (!where.inControl || where.inEditor) ? 'stop' : null;
  if (where.inEditor || where.inControl) return null;
  switch (e.key) {
    case ' ':
      return e.shiftKey ? null : 'toggle-play';
    case 'ArrowLeft':
      return 'step-back';
    case 'ArrowRight':
      return 'step-forward';
    case 'Home':
      return 'to-start';
    case 'End':
      return 'to-end';
    default:
      return null;
  }
}

/** Where the focus is, from the event's target. */
export function focusContext(target: EventTarget | null, running: boolean): FocusContext {
  const el = target instanceof Element ? target : null;
  const inEditor = el?.closest('.monaco-editor') != null;
  const inControl = inEditor || (el !== null && el.closest('input, select, textarea, button, a[href], [contenteditable="true"], [role="slider"], dialog') !== null);
  return { inEditor, inControl, running };
}
