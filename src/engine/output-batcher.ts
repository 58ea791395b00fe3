// Collects a running program's stdout/stderr writes and hands them on in batches.
//
// Posting a message (or calling a store's `set`) per print would flood the main thread when a
// program prints in a tight loop (STYLE.md habit 5). The VM runs synchronously, so no timer
// can fire while it runs: the batcher itself decides, on each write, whether the interval
// since the last flush has passed. Callers also flush before blocking (time.sleep) and at
// the end of the run. Consecutive writes to the same stream are merged into one chunk, and
// the order of stdout and stderr writes is kept.

import type { Stream } from '../vm/host.ts';

export interface OutputChunk {
  stream: Stream;
  text: string;
}

export class OutputBatcher {
  private chunks: OutputChunk[] = [];
  private lastFlush: number;

  constructor(
    private readonly send: (chunks: OutputChunk[]) => void,
    private readonly now: () => number,
    /** Flush at most this often while output keeps coming (milliseconds). */
    private readonly intervalMs = 30,
  ) {
    // Start "long ago" so that the first write of a run reaches the page at once.
    this.lastFlush = now() - intervalMs;
  }

  write(stream: Stream, text: string): void {
    if (text.length === 0) return;
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.stream === stream) last.text += text;
    else this.chunks.push({ stream, text });
    if (this.now() - this.lastFlush >= this.intervalMs) this.flush();
  }

  flush(): void {
    this.lastFlush = this.now();
    if (this.chunks.length === 0) return;
    const out = this.chunks;
    this.chunks = [];
    this.send(out);
  }
}
