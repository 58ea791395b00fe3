// The Host the VM gets when it runs in Node: for the `kitchen` CLI and for the conformance
// runner. Output goes to a sink (the process's streams for the CLI, strings for the runner);
// input() reads stdin, which is read in full, synchronously, the first time a program asks
// (a VM that never blocks cannot await a stream); time.sleep blocks with Atomics.wait.
// Imports find the modules and packages beside the program in its folder (python3's
// sys.path[0]), read synchronously from disk when first imported.

import { readFileSync, readSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Host, Micros, ProgramDir, Stream } from '../vm/host.ts';
import { createLineReader } from './line-reader.ts';
import { createWaitSync } from './wait-sync.ts';

export interface OutputSink {
  write(stream: Stream, text: string): void;
  /** Push out anything buffered (before a sleep, and at the end of the run). */
  flush(): void;
}

export interface NodeHostOptions {
  filename: string;
  /** sys.argv[1:] */
  args?: readonly string[];
  environ?: Readonly<Record<string, string>>;
  /** The whole of stdin, called at most once, on the first input(); or a line reader. */
  readStdin: (() => string) | { readLine: () => string | null };
  sink: OutputSink;
  /** Where imports find the program's sibling modules; by default the folder of `filename`
   *  (a path from the current directory, as the CLI gets it), shown as its absolute path like
   *  python3 shows it. null: no file system (only the standard library can be imported). */
  programDir?: ProgramDir | null;
}

/** The program folder `folder` read from disk; module files are shown as `shownAs` joined
 *  with their relative name ('' = relative names alone). */
export function nodeProgramDir(folder: string, shownAs: string = resolve(folder)): ProgramDir {
  return {
    path: shownAs,
    readFile(file) {
      let rel: string;
      if (shownAs === '') rel = file;
      else if (file.startsWith(shownAs + '/')) rel = file.slice(shownAs.length + 1);
      else return null;
      try {
        return readFileSync(join(folder, rel), 'utf8');
      } catch {
        // Missing, a folder, unreadable: not a module here, as for python3's FileFinder.
        return null;
      }
    },
  };
}

export function createNodeHost(opts: NodeHostOptions): Host {
  const start = performance.now();
  const waiter = createWaitSync(() => performance.now());
  return {
    write: (stream, text) => opts.sink.write(stream, text),
    now: () => Math.round((performance.now() - start) * 1000) as Micros,
    epochSeconds: Date.now() / 1000,
    readLine: (() => {
      const read = typeof opts.readStdin === 'function' ? createLineReader(opts.readStdin) : opts.readStdin.readLine;
      return () => {
        // input()'s prompt was written to stdout just before: it must show before we block.
        opts.sink.flush();
        return read();
      };
    })(),
    waitSync: (wakeIndex, expected, micros) => {
      opts.sink.flush();
      return waiter.wait(wakeIndex, expected, micros);
    },
    environ: opts.environ ?? {},
    argv: [opts.filename, ...(opts.args ?? [])],
    ...(opts.programDir === null ? {} : { programDir: opts.programDir ?? nodeProgramDir(dirname(opts.filename)) }),
  };
}

/** Lines read from a file descriptor (the CLI's stdin) as they come: on a terminal, input()
 *  returns when the user presses Enter, not at end of input. Synchronous, because the VM
 *  cannot await; a non-blocking descriptor that has nothing yet is retried after a short
 *  Atomics.wait. */
export function createFdLineReader(fd: number): { readLine: () => string | null } {
  const decoder = new TextDecoder();
  const chunk = new Uint8Array(65536);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let pending = '';
  let eof = false;
  return {
    readLine() {
      for (;;) {
        const nl = pending.indexOf('\n');
        if (nl !== -1) {
          const line = pending.slice(0, nl);
          pending = pending.slice(nl + 1);
          return line;
        }
        if (eof) {
          if (pending === '') return null;
          const line = pending;
          pending = '';
          return line;
        }
        let n: number;
        try {
          n = readSync(fd, chunk, 0, chunk.length, null);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') {
            Atomics.wait(pause, 0, 0, 10);
            continue;
          }
          if (code === 'EOF') n = 0;
          else throw e;
        }
        if (n === 0) {
          eof = true;
          pending += decoder.decode();
        } else pending += decoder.decode(chunk.subarray(0, n), { stream: true });
      }
    },
  };
}

/** A sink that keeps everything in memory (the conformance runner, tests). */
export function createCaptureSink(): OutputSink & { stdout: string; stderr: string } {
  const sink = {
    stdout: '',
    stderr: '',
    write(stream: Stream, text: string) {
      sink[stream] += text;
    },
    flush() {},
  };
  return sink;
}

const pauseWord = new Int32Array(new SharedArrayBuffer(4));

/** What writeAllSync does when the reader of the stream went away (EPIPE): by default, a
 *  one-line note on stderr and exit status 1, where python3 would end with BrokenPipeError. */
export let onBrokenPipe = (): never => {
  try { writeSync(2, 'kitchen: stdout was closed (broken pipe); the run stopped\n'); } catch { /* stderr is gone too */ }
  process.exit(1);
};

/** Writes all of `text` to `fd` now, waiting while a pipe is full, as CPython's blocking
 *  writes do. A program on the single or virtual platform runs synchronously on Node's main
 *  thread: process.stdout.write would queue what a full pipe did not take until the event
 *  loop runs again, after the program, so `kitchen run flood.py | wc -c` stalled at 64 KiB
 *  while memory grew, and a closed pipe went unnoticed. */
export function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(pauseWord, 0, 0, 1); // the pipe is full: the reader catches up
      else if (code === 'EPIPE') onBrokenPipe();
      else throw e;
    }
  }
}

/** A sink for the CLI: stdout buffered like CPython's when piped (flushed on size, before a
 *  sleep and at exit; per line on a terminal); stderr written at once, after flushing stdout
 *  so that a traceback follows the output that preceded it. Writes block (writeAllSync). */
export function createProcessSink(): OutputSink {
  let pending = '';
  const lineBuffered = Boolean(process.stdout.isTTY);
  const flush = () => {
    if (pending) writeAllSync(1, pending);
    pending = '';
  };
  return {
    write(stream, text) {
      if (stream === 'stderr') {
        flush();
        writeAllSync(2, text);
        return;
      }
      pending += text;
      if (pending.length >= 65536 || (lineBuffered && text.includes('\n'))) flush();
    },
    flush,
  };
}
