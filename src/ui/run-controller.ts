// Connects the Run and Stop buttons and window.kitchen.run to the engine's BrowserRunner and
// the store: clears the console and the trace, starts the run on the chosen platform, appends
// output and trace slices with ONE store update per animation frame at most, and records how
// the run ended.

import { PageRunner } from '../engine/page-runner.ts';
import { freeThreadedChosen } from './FreeThreadedToggle.tsx';
import type { TraceEvent } from '../trace/events.ts';
import type { PlatformName } from './platform.ts';
import { editorHandle, PROGRAM_FILENAME } from './editor/editor-handle.ts';
import { store } from './store/index.ts';
import { createFrameBatcher } from './frame-batcher.ts';
import type { ConsoleText } from './store/console-slice.ts';

export interface RunResult {
  stdout: string;
  stderr: string;
  /** python3's exit status; -1 when the run was stopped. */
  exitCode: number;
  /** The run's trace, on both platforms, in time order. */
  events: TraceEvent[];
  /** True when stop() (or the Stop button) ended the run. */
  stopped: boolean;
}

export const STOPPED_NOTE = 'Stopped.';

const runner = new PageRunner();

export function isRunning(): boolean {
  return runner.running;
}

export interface StartRunOptions {
  stdin?: string;
  /** The toolbar's platform when absent. */
  platform?: PlatformName;
  /** Virtual platform: tie-breaking seed (default 1). */
  seed?: number;
  /** Virtual platform: virtual cores (default 4). */
  cores?: number;
  /** PEP 703 mode (virtual and shared platforms); the toolbar's switch when absent. */
  freeThreaded?: boolean;
}

export const DEFAULT_VIRTUAL_CORES = 4;
export const DEFAULT_SEED = 1;

function deviceCores(): number {
  return typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 4;
}

export function startRun(opts: StartRunOptions = {}): Promise<RunResult> {
  const s = store.getState();
  const platform = opts.platform ?? s.platform;
  const virtual = platform === 'virtual';
  const seed = opts.seed ?? DEFAULT_SEED;
  const cores = virtual ? opts.cores ?? DEFAULT_VIRTUAL_CORES : deviceCores();
  s.clearConsole();
  s.runStarted();
  s.traceStarted(virtual ? { platform, cores, seed } : { platform, cores });
  let stdout = '';
  let stderr = '';
  const events: TraceEvent[] = [];
  const toConsole = createFrameBatcher<ConsoleText>((items) => store.getState().append(items));
  const toTrace = createFrameBatcher<TraceEvent>((items) => store.getState().appendEvents(items));
  const handle = runner.start(
    {
      source: editorHandle.getCode(),
      filename: PROGRAM_FILENAME,
      stdin: opts.stdin,
      ...(virtual ? { platform, seed, cores } : { platform }),
      // PEP 703 mode on either platform (the shared one runs it on real cores).
      ...(opts.freeThreaded ?? freeThreadedChosen() ? { freeThreaded: true } : {}),
    },
    {
      onOutput: (chunks) => {
        for (const c of chunks) {
          if (c.stream === 'stdout') stdout += c.text;
          else stderr += c.text;
        }
        toConsole.push(chunks);
      },
      onEvents: (batch) => {
        for (const e of batch) events.push(e);
        toTrace.push(batch);
      },
    },
  );
  return handle.outcome.then((o) => {
    toConsole.flushNow();
    toTrace.flushNow();
    const st = store.getState();
    st.traceEnded();
    switch (o.kind) {
      case 'done':
        if (o.exitCode !== 0) st.append([{ stream: 'system', text: `\nexit status ${o.exitCode}\n` }]);
        st.runEnded('done', o.exitCode);
        return { stdout, stderr, exitCode: o.exitCode, events, stopped: false };
      case 'stopped':
        st.append([{ stream: 'system', text: `${stdout || stderr ? '\n' : ''}${STOPPED_NOTE}\n` }]);
        st.runEnded('stopped', null);
        return { stdout, stderr, exitCode: -1, events, stopped: true };
      case 'internal-error':
        st.append([{ stream: 'system', text: `\nThe engine failed (this is a bug in Concurrency Kitchen, not in your program): ${o.message}\n` }]);
        st.runEnded('internal-error', null);
        throw new Error(`internal engine error: ${o.message}`);
    }
  });
}

export function stopRun(): boolean {
  return runner.stop();
}
