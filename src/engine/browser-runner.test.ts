// Unit tests of BrowserRunner with a stand-in Worker: run, stop, fresh worker per run, engine failure.
import { describe, expect, it } from 'vitest';
import { BrowserRunner } from './browser-runner.ts';
import type { OutputChunk } from './output-batcher.ts';

/** A stand-in for a Web Worker: records what it is sent and whether it was terminated. */
class FakeWorker {
  sent: unknown[] = [];
  terminated = false;
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  postMessage(m: unknown) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  emit(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const runner = new BrowserRunner(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { runner, workers };
}

describe('BrowserRunner', () => {
  it('sends the program, forwards output batches, and ends with the exit status', async () => {
    const { runner, workers } = setup();
    const got: OutputChunk[][] = [];
    const h = runner.start({ source: 'print(1)', filename: 'main.py' }, { onOutput: (c) => got.push(c) });
    expect(workers[0].sent).toEqual([{ type: 'run', source: 'print(1)', filename: 'main.py' }]);
    expect(runner.running).toBe(true);
    workers[0].emit({ type: 'output', chunks: [{ stream: 'stdout', text: '1\n' }] });
    workers[0].emit({ type: 'done', exitCode: 0 });
    expect(await h.outcome).toEqual({ kind: 'done', exitCode: 0 });
    expect(got).toEqual([[{ stream: 'stdout', text: '1\n' }]]);
    expect(workers[0].terminated).toBe(true);
    expect(runner.running).toBe(false);
  });

  it('stop terminates the worker at once and ignores its late messages', async () => {
    const { runner, workers } = setup();
    const got: OutputChunk[][] = [];
    const h = runner.start({ source: 'while True: pass', filename: 'main.py' }, { onOutput: (c) => got.push(c) });
    expect(runner.stop()).toBe(true);
    expect(workers[0].terminated).toBe(true);
    workers[0].emit({ type: 'output', chunks: [{ stream: 'stdout', text: 'late' }] });
    expect(await h.outcome).toEqual({ kind: 'stopped' });
    expect(got).toEqual([]);
    expect(runner.stop()).toBe(false);
  });

  it('gives every run a fresh worker, stopping the previous run', async () => {
    const { runner, workers } = setup();
    const first = runner.start({ source: 'a', filename: 'main.py' }, { onOutput: () => {} });
    runner.start({ source: 'b', filename: 'main.py' }, { onOutput: () => {} });
    expect(workers.length).toBe(2);
    expect(await first.outcome).toEqual({ kind: 'stopped' });
    expect(workers[0].terminated).toBe(true);
    expect(workers[1].terminated).toBe(false);
  });

  it('reports an engine failure as an internal error', async () => {
    const { runner, workers } = setup();
    const h = runner.start({ source: 'x', filename: 'main.py' }, { onOutput: () => {} });
    workers[0].emit({ type: 'internal-error', message: 'boom' });
    expect(await h.outcome).toEqual({ kind: 'internal-error', message: 'boom' });
  });

  it('forwards trace slices in order and reports how a virtual run ended', async () => {
    const { runner, workers } = setup();
    const slices: number[][] = [];
    const h = runner.start(
      { source: 'x', filename: 'main.py', platform: 'virtual', seed: 3, cores: 2 },
      { onOutput: () => {}, onEvents: (ev) => slices.push(ev.map((e) => e.t)) },
    );
    expect(workers[0].sent).toEqual([{ type: 'run', source: 'x', filename: 'main.py', platform: 'virtual', seed: 3, cores: 2 }]);
    workers[0].emit({ type: 'events', events: [{ t: 0, pid: 1, tid: 1, kind: 'thread-start' }, { t: 5, pid: 1, tid: 1, kind: 'gil-take' }] });
    workers[0].emit({ type: 'events', events: [{ t: 9, pid: 1, tid: 1, kind: 'thread-end' }] });
    workers[0].emit({ type: 'done', exitCode: 1, end: 'deadlock' });
    expect(await h.outcome).toEqual({ kind: 'done', exitCode: 1, end: 'deadlock' });
    expect(slices).toEqual([[0, 5], [9]]);
  });
});
