// Command-line parsing for `kitchen`, kept free of I/O so it can be unit-tested.
// Grammar: kitchen COMMAND [OPTIONS] FILE.py [-- PROGRAM ARGS...]

export type Command = 'run' | 'ast' | 'dis' | 'help';

export interface ParsedArgs {
  command: Command;
  file?: string;
  /** sys.argv[1:] for `run`: everything after `--` (or after FILE). */
  programArgs: string[];
  heapCapMB?: number;
  /** Where Python threads run: 'shared' one worker per thread over a SharedArrayBuffer
   *  heap; 'virtual' all threads in one JS thread under the deterministic scheduler; 'single'
   *  this process's main thread, no worker, no threads. Undefined: chosen from the program
   *  (auto-platform.ts). */
  platform?: CliPlatform;
  /** PEP 703 mode: no GIL. */
  freeThreaded?: boolean;
  seed?: number;
  cores?: number;
  switchInterval?: number;
  /** Write the trace as Chrome Trace Event JSON (Perfetto opens it). */
  trace?: string;
}

export type CliPlatform = 'shared' | 'virtual' | 'single';
export const PLATFORMS: readonly CliPlatform[] = ['shared', 'virtual', 'single'];

export class UsageError extends Error {
  override name = 'UsageError';
}

const COMMANDS: readonly Command[] = ['run', 'ast', 'dis', 'help'];

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') return { command: 'help', programArgs: [] };
  const [cmd, ...rest] = argv;
  if (!COMMANDS.includes(cmd as Command)) {
    throw new UsageError(`unknown command '${cmd}'; the commands are ${COMMANDS.join(', ')} (see kitchen --help)`);
  }
  const out: ParsedArgs = { command: cmd as Command, programArgs: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') {
      out.programArgs.push(...rest.slice(i + 1));
      break;
    }
    if (out.file !== undefined) {
      // Like python3, whatever follows the script belongs to the script.
      out.programArgs.push(...rest.slice(i));
      break;
    }
    if (a === '--help' || a === '-h') return { command: 'help', programArgs: [] };
    if (a === '--heap-cap' || a.startsWith('--heap-cap=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      const mb = Number(v);
      if (v === undefined || !Number.isFinite(mb) || mb <= 0) {
        throw new UsageError(`--heap-cap needs a size in MiB greater than 0, got ${v === undefined ? 'nothing' : `'${v}'`}`);
      }
      if (out.command !== 'run') throw new UsageError(`--heap-cap applies to 'run' only`);
      out.heapCapMB = mb;
      continue;
    }
    if (a === '--free-threaded') {
      if (out.command !== 'run') throw new UsageError(`--free-threaded applies to 'run' only`);
      out.freeThreaded = true;
      continue;
    }
    const opt = a.startsWith('--') ? a.slice(2).split('=')[0]! : '';
    if (['platform', 'seed', 'cores', 'switch-interval', 'trace'].includes(opt)) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v === undefined) throw new UsageError(`--${opt} needs a value`);
      if (out.command !== 'run') throw new UsageError(`--${opt} applies to 'run' only`);
      if (opt === 'platform') {
        if (!PLATFORMS.includes(v as CliPlatform)) throw new UsageError(`--platform is ${PLATFORMS.map((p) => `'${p}'`).join(', ')}, not '${v}'`);
        out.platform = v as CliPlatform;
      } else if (opt === 'trace') {
        out.trace = v;
      } else {
        const n = Number(v);
        if (!Number.isFinite(n) || (opt !== 'switch-interval' && !Number.isInteger(n)) || n <= (opt === 'seed' ? -1 : 0)) {
          throw new UsageError(`--${opt} needs a ${opt === 'switch-interval' ? 'positive number of seconds' : opt === 'seed' ? 'non-negative integer' : 'positive integer'}, got '${v}'`);
        }
        if (opt === 'seed') out.seed = n;
        else if (opt === 'cores') out.cores = n;
        else out.switchInterval = n;
      }
      continue;
    }
    if (a.startsWith('-')) throw new UsageError(`unknown option '${a}' for '${out.command}' (see kitchen --help)`);
    out.file = a;
  }
  const platform = out.platform ?? 'shared'; // 'single' is never chosen with these options
  if ((out.seed !== undefined || out.cores !== undefined) && platform !== 'virtual') {
    throw new UsageError(`--${out.seed !== undefined ? 'seed' : 'cores'} applies to --platform virtual only`);
  }
  if (platform === 'single' && (out.trace !== undefined || out.freeThreaded || out.switchInterval !== undefined)) {
    throw new UsageError(`--platform single runs no threads: --trace, --free-threaded and --switch-interval need 'shared' or 'virtual'`);
  }
  if (out.command !== 'help' && out.file === undefined) {
    throw new UsageError(`'${out.command}' needs a Python file: kitchen ${out.command} FILE.py`);
  }
  return out;
}

export const HELP = `kitchen: run Python concurrency programs on the Concurrency Kitchen engine

Usage:
  kitchen run FILE.py [--platform shared|virtual|single] [--switch-interval S]
                      [--free-threaded] [--seed N] [--cores N] [--trace OUT.json]
                      [--heap-cap MB] [-- ARGS...]
      Run FILE.py: its output on stdout, tracebacks on stderr, and python3's exit
      status (0; 1 on an uncaught exception; the value given to sys.exit).
      ARGS become sys.argv[1:]; input() reads stdin.
  kitchen ast FILE.py
      Print the module's AST exactly as python3.11's ast.dump(ast.parse(source)).
  kitchen dis FILE.py
      Print the bytecode our compiler makes for FILE.py.
  kitchen help | --help
      Show this text.

Options:
  --platform shared      Every Python thread on its own worker thread over one
                         SharedArrayBuffer heap, the GIL an Atomics mutex: real threads,
                         real time. Starting costs about a second (workers load the
                         interpreter). A deadlock is detected and reported (exit 1).
                         The default for a program that imports threading, _thread,
                         queue, concurrent, multiprocessing or asyncio (or a module of
                         its own directory), and with --trace or --switch-interval.
  --platform virtual     Every thread in one JS thread under the deterministic scheduler:
                         simulated time, virtual cores, the same output and trace for the
                         same seed.
  --platform single      This process's main thread only, no worker: starts fastest, but
                         starting a thread raises RuntimeError. The default for every
                         other program.
  --switch-interval S    The GIL's switch interval in seconds at start (default 0.005, as
                         sys.setswitchinterval).
  --free-threaded        PEP 703 mode: no GIL; threads run in parallel (shared: on
                         real cores; virtual: on the virtual cores).
  --seed N               Tie-breaking seed of the virtual platform (default 1).
  --cores N              Virtual cores of the virtual platform (default 4).
  --trace OUT.json       Write the run's trace (threads, GIL, blocking, prints) as Chrome
                         Trace Event JSON, which Perfetto opens (shared and virtual).
  --heap-cap MB          Largest heap the program may use, in MiB (default 256);
                         beyond it the program gets MemoryError.
`;
