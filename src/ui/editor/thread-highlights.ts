// Highlights, in the editor, the line each thread is at when playback has a cursor (issue 7,
// "Playback"): the whole line tinted in the thread's colour (the colour the timeline's GIL
// track gives it), a bar of that colour in the margin, and the thread's name written at the
// right end of the line, so the highlight does not rely on colour alone. (The names are CSS
// generated content of the line's highlight, one rule per highlighted line in a style element
// of ours: Monaco's injected text would shift the program's columns.) Several threads on one line get
// one name each. Without a cursor (during a run, or after one until playback starts) there
// are no highlights.
//
// Framework-free: CodeEditor calls attachThreadHighlights once with its editor; this module
// subscribes to the store and rebuilds its line index only when the trace changes.

import type * as Monaco from 'monaco-editor/editor/editor.api';
import { store } from '../store/index.ts';
import { indexThreadLines, threadLinesAt, type ThreadLine, type ThreadLineIndex } from '../playback/thread-lines.ts';
import { holderColor } from '../timeline/palette.ts';
import type { TraceEvent } from '../../trace/schema.ts';

const COLOURS = 8;
let styleInstalled = false;

/** One CSS class per thread colour (Monaco decorations take class names, not colours). */
function installStyle(): void {
  if (styleInstalled || typeof document === 'undefined') return;
  styleInstalled = true;
  const rules: string[] = [];
  for (let i = 0; i < COLOURS; i++) {
    const c = holderColor(i);
    rules.push(`.ck-thread-line-${i} { background: ${c}2e; }`);
    rules.push(`.ck-thread-bar-${i} { background: ${c}; width: 5px !important; margin-left: 3px; }`);
  }
  rules.push('[class*="ck-thread-at-"]::after { position: absolute; right: 14px; font: italic 700 12px system-ui, sans-serif; white-space: nowrap; }');
  // High-contrast themes and forced colours: keep the bar and the name, drop the tint.
  rules.push('@media (forced-colors: active) { [class*="ck-thread-line-"] { background: none; } }');
  const el = document.createElement('style');
  el.dataset.owner = 'thread-highlights';
  el.textContent = rules.join('\n');
  document.head.append(el);
}

const cssString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/** The decorations, and the CSS rules that write the threads' names on their lines. */
export function threadDecorations(lines: readonly ThreadLine[], lineCount: number): { decorations: Monaco.editor.IModelDeltaDecoration[]; css: string } {
  const out: Monaco.editor.IModelDeltaDecoration[] = [];
  const css: string[] = [];
  const byLine = new Map<number, ThreadLine[]>();
  for (const l of lines) {
    if (l.line < 1 || l.line > lineCount) continue;
    const arr = byLine.get(l.line);
    if (arr === undefined) byLine.set(l.line, [l]);
    else arr.push(l);
  }
  for (const [line, ls] of byLine) {
    const k = ls[0]!.index % COLOURS;
    out.push({
      range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 },
      options: {
        isWholeLine: true,
        className: `ck-thread-line-${k} ck-thread-at-${line}`,
        linesDecorationsClassName: `ck-thread-bar-${k}`,
        hoverMessage: { value: ls.map((l) => `**${l.name}** is here`).join('\n\n') },
      },
    });
    css.push(`.ck-thread-at-${line}::after { content: ${cssString(`\u25c0 ${ls.map((l) => l.name).join(', ')}`)}; color: ${ls[0]!.color}; }`);
  }
  return { decorations: out, css: css.join('\n') };
}

/** What the editor currently highlights, for window.kitchen and the e2e tests. */
let current: { line: number; thread: string; color: string }[] = [];
export function highlightedLines(): { line: number; thread: string; color: string }[] {
  return current;
}

export function attachThreadHighlights(editor: Monaco.editor.IStandaloneCodeEditor): { dispose(): void } {
  installStyle();
  const deco = editor.createDecorationsCollection();
  const names = document.createElement('style');
  names.dataset.owner = 'thread-highlights-names';
  document.head.append(names);
  let events: readonly TraceEvent[] = [];
  // Built when a cursor needs it: during a run the events change every frame and there is no
  // cursor, and indexing the whole trace each frame made a long run's page slower and slower.
  let index: ThreadLineIndex | null = null;
  let shown: string | null = null;
  const apply = (): void => {
    const s = store.getState();
    if (s.events !== events) {
      events = s.events;
      index = null;
    }
    const lines = s.cursor === null ? [] : threadLinesAt((index ??= indexThreadLines(events)), s.cursor);
    const key = lines.map((l) => `${l.index}@${l.line}`).join(',');
    if (key === shown) return; // most frames of playback move no thread to another line
    shown = key;
    const model = editor.getModel();
    const d = threadDecorations(model === null ? [] : lines, model?.getLineCount() ?? 0);
    deco.set(d.decorations);
    names.textContent = d.css;
    current = lines.map((l) => ({ line: l.line, thread: l.name, color: l.color }));
  };
  const unsub = store.subscribe((s, prev) => {
    if (s.cursor !== prev.cursor || s.events !== prev.events) apply();
  });
  apply();
  return {
    dispose() {
      unsub();
      deco.clear();
      names.remove();
      current = [];
    },
  };
}
