// Wires the blocking-call lint into the Monaco editor: after the user pauses typing, the
// text is linted in a worker (async-lint.worker.ts) and each blocking call inside
// `async def` becomes a warning marker (async-lint-markers.ts) whose hover explains why it
// freezes the event loop and what to await instead.

import { monaco } from './monaco-setup.ts';
import { ASYNC_LINT_OWNER, lintMarker } from './async-lint-markers.ts';
import type { AsyncLintAnswer, AsyncLintRequest } from './async-lint.worker.ts';

export function attachAsyncLint(model: monaco.editor.ITextModel, delayMs = 300): { dispose(): void } {
  let worker: Worker | null = null;
  let lastId = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const ensureWorker = (): Worker => {
    if (worker === null) {
      worker = new Worker(new URL('./async-lint.worker.ts', import.meta.url), { type: 'module', name: 'python-async-lint' });
      worker.onmessage = (ev: MessageEvent<AsyncLintAnswer>) => {
        if (ev.data.id !== lastId || model.isDisposed()) return; // the text changed since
        const n = model.getLineCount();
        monaco.editor.setModelMarkers(model, ASYNC_LINT_OWNER, ev.data.findings.map((f) => ({
          ...lintMarker(f, (i) => model.getLineContent(i), n),
          severity: monaco.MarkerSeverity.Warning,
        })));
      };
    }
    return worker;
  };

  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    const id = ++lastId;
    timer = setTimeout(() => {
      timer = null;
      ensureWorker().postMessage({ id, source: model.getValue() } satisfies AsyncLintRequest);
    }, delayMs);
  };

  const sub = model.onDidChangeContent(schedule);
  schedule();
  return {
    dispose() {
      sub.dispose();
      if (timer !== null) clearTimeout(timer);
      worker?.terminate();
      worker = null;
      if (!model.isDisposed()) monaco.editor.setModelMarkers(model, ASYNC_LINT_OWNER, []);
    },
  };
}
