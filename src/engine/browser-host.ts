// The Host a run worker in the browser gives the VM: output goes to the page in batches
// (OutputBatcher), time.sleep blocks the worker (wait-sync.ts), input() reads the text the
// page passed with the run, and the clock is the worker's performance.now().

import type { Host, Micros, Stream } from '../vm/host.ts';
import { OutputBatcher, type OutputChunk } from './output-batcher.ts';
import { createLineReader } from './line-reader.ts';
import { createWaitSync, type WaitSyncImpl } from './wait-sync.ts';

export interface BrowserHostOptions {
  filename: string;
  stdin?: string;
  send: (chunks: OutputChunk[]) => void;
}

export interface BrowserHost extends Host {
  flush(): void;
  readonly waitKind: WaitSyncImpl['kind'];
}

export function createBrowserHost(opts: BrowserHostOptions): BrowserHost {
  const clock = () => performance.now();
  const start = clock();
  const batcher = new OutputBatcher(opts.send, clock);
  const waiter = createWaitSync(clock);
  const stdin = opts.stdin ?? '';
  return {
    write: (stream: Stream, text: string) => batcher.write(stream, text),
    now: () => Math.round((clock() - start) * 1000) as Micros,
    epochSeconds: Date.now() / 1000,
    readLine: (() => {
      const read = createLineReader(() => stdin);
      return () => {
        batcher.flush(); // input()'s prompt shows before the program goes on
        return read();
      };
    })(),
    waitSync: (wakeIndex, expected, micros) => {
      // What was printed before a sleep must be on screen during the sleep.
      batcher.flush();
      return waiter.wait(wakeIndex, expected, micros);
    },
    environ: {},
    argv: [opts.filename],
    flush: () => batcher.flush(),
    waitKind: waiter.kind,
  };
}
