// What the pure layers (python, vm, stdlib, trace) may ask of the platform that runs them.
// The interpreter never touches a platform API itself (DESIGN.md §1.5): the shared platform
// (workers over a SharedArrayBuffer), the virtual platform (one worker, virtual clock) and
// the Node CLI each provide a Host.

/** Microseconds since the run began, on one clock shared by every worker of the run. */
export type Micros = number & { readonly __brand: 'Micros' };

export type Stream = 'stdout' | 'stderr';

export interface Host {
  /** Write text to the program's stdout or stderr (already encoded as Python would print it). */
  write(stream: Stream, text: string): void;
  /** The run clock, for time.time / perf_counter / monotonic and trace timestamps. */
  now(): Micros;
  /** Wall-clock epoch seconds at the start of the run (time.time() = epoch + now()/1e6). */
  readonly epochSeconds: number;
  /** One line of stdin without its newline, or null at end of input (input() raises EOFError). */
  readLine(): string | null;
  /** Block the calling worker for up to `micros` (shared platform and Node only). Returns early
   *  if `wake` (an index into the heap's Int32Array) changes from `expected`. */
  waitSync?(wakeIndex: number, expected: number, micros: number): 'ok' | 'timed-out' | 'not-equal';
  /** The Python process id (os.getpid) and its parent's (os.getppid), stable per process. */
  readonly pid?: number;
  readonly ppid?: number;
  /** CPUs the program may use (os.cpu_count): the device's cores, or the virtual cores. */
  readonly cpuCount?: number;
  /** Environment of the program (os.environ) and its argv (sys.argv). */
  readonly environ: Readonly<Record<string, string>>;
  readonly argv: readonly string[];
  /** The program's own folder, python's sys.path[0], so that it can import the modules and
   *  packages beside it (src/vm/import.ts). Absent where there is no file system: in the
   *  browser a program is the editor's one file. */
  readonly programDir?: ProgramDir;
}

export interface ProgramDir {
  /** The folder as module `__file__`s and tracebacks show it; '' gives bare relative names. */
  readonly path: string;
  /** The text of a file named `path` joined with a '/'-separated relative name, or null when
   *  there is no such file. */
  readFile(file: string): string | null;
}
