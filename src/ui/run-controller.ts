// Connects the Run and Stop buttons and window.kitchen.run to the engine's BrowserRunner and
// the store: clears the console, starts the run, appends output with ONE store update per
// animation frame at most, and records how the run ended.

import { BrowserRunner } from '../engine/browser-runner.ts';
import type { TraceEvent } from '../trace/events.ts';
import { editorHandle, PROGRAM_FILENAME } from './editor/editor-handle.ts';
import { store } from './store/index.ts';
import { createFrameBatcher } from './frame-batcher.ts';
import type { ConsoleText } from './store/console-slice.ts';

export interface RunResult {
  stdout: string;
  stderr: string;
  /** python3's exit status; -1 when the run was stopped. */
  exitCode: number;
  /** The run's trace (empty until the tracing work lands). */
  events: TraceEvent[];
  /** True when stop() (or the Stop button) ended the run. */
  stopped: boolean;
}

export const STOPPED_NOTE = 'Stopped.';

const runner = new BrowserRunner();

export function isRunning(): boolean {
  return runner.running;
}

export function startRun(opts: { stdin?: string } = {}): Promise<RunResult> {
  const s = store.getState();
  s.clearConsole();
  s.runStarted();
  let stdout = '';
  let stderr = '';
  const toConsole = createFrameBatcher<ConsoleText>((items) => store.getState().append(items));
  const handle = runner.start(
    { source: editorHandle.getCode(), filename: PROGRAM_FILENAME, stdin: opts.stdin },
    {
      onOutput: (chunks) => {
        for (const c of chunks) {
          if (c.stream === 'stdout') stdout += c.text;
          else stderr += c.text;
        }
        toConsole.push(chunks);
      },
    },
  );
  return handle.outcome.then((o) => {
    toConsole.flushNow();
    const st = store.getState();
    switch (o.kind) {
      case 'done':
        if (o.exitCode !== 0) st.append([{ stream: 'system', text: `\nexit status ${o.exitCode}\n` }]);
        st.runEnded('done', o.exitCode);
        return { stdout, stderr, exitCode: o.exitCode, events: [], stopped: false };
      case 'stopped':
        st.append([{ stream: 'system', text: `${stdout || stderr ? '\n' : ''}${STOPPED_NOTE}\n` }]);
        st.runEnded('stopped', null);
        return { stdout, stderr, exitCode: -1, events: [], stopped: true };
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
