// The page's side of the syntax-check worker (syntax.worker.ts): checks the latest text after
// the user pauses typing, and drops answers to texts that have since changed.

import type { SyntaxErrorInfo } from '../python/syntax-error.ts';
import type { SyntaxCheckRequest, SyntaxWorkerMessage } from './worker-protocol.ts';

export type SyntaxResult = { ok: true; error: SyntaxErrorInfo | null } | { ok: false; message: string };

/** A check that takes longer than this is abandoned and its worker replaced (a parser bug
 *  that loops must not silence the checker for the rest of the session). */
const CHECK_LIMIT_MS = 3000;

export class SyntaxChecker {
  private worker: Worker | null = null;
  private lastId = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private watchdog: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly onResult: (r: SyntaxResult) => void,
    private readonly delayMs = 250,
  ) {}

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./syntax.worker.ts', import.meta.url), { type: 'module', name: 'python-syntax' });
      this.worker.onmessage = (ev: MessageEvent<SyntaxWorkerMessage>) => {
        const m = ev.data;
        if (m.id !== this.lastId) return; // stale: the text changed after this check began
        this.clearWatchdog();
        this.onResult(m.type === 'checked' ? { ok: true, error: m.error } : { ok: false, message: m.message });
      };
    }
    return this.worker;
  }

  /** Check `source` once the user has stopped typing for a moment. */
  schedule(source: string, filename: string): void {
    if (this.timer !== null) clearTimeout(this.timer);
    const id = ++this.lastId;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.ensureWorker().postMessage({ type: 'check', id, source, filename } satisfies SyntaxCheckRequest);
      this.clearWatchdog();
      this.watchdog = setTimeout(() => {
        this.worker?.terminate();
        this.worker = null;
        this.onResult({ ok: false, message: `the syntax check did not finish within ${CHECK_LIMIT_MS} ms` });
      }, CHECK_LIMIT_MS);
    }, this.delayMs);
  }

  private clearWatchdog(): void {
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = null;
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.clearWatchdog();
    this.worker?.terminate();
    this.worker = null;
  }
}
