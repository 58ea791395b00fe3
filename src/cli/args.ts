// Command-line parsing for `kitchen`, kept free of I/O so it can be unit-tested.
// Grammar: kitchen COMMAND [OPTIONS] FILE.py [-- PROGRAM ARGS...]

export type Command = 'run' | 'ast' | 'dis' | 'help';

export interface ParsedArgs {
  command: Command;
  file?: string;
  /** sys.argv[1:] for `run`: everything after `--` (or after FILE). */
  programArgs: string[];
  heapCapMB?: number;
  /** 'virtual': all threads in one JS thread under the deterministic scheduler. */
  platform?: 'virtual';
  seed?: number;
  cores?: number;
  switchInterval?: number;
  /** Write the trace as Chrome Trace Event JSON (Perfetto opens it). */
  trace?: string;
}

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
    const opt = a.startsWith('--') ? a.slice(2).split('=')[0]! : '';
    if (['platform', 'seed', 'cores', 'switch-interval', 'trace'].includes(opt)) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v === undefined) throw new UsageError(`--${opt} needs a value`);
      if (out.command !== 'run') throw new UsageError(`--${opt} applies to 'run' only`);
      if (opt === 'platform') {
        if (v !== 'virtual' && v !== 'shared') throw new UsageError(`--platform is 'virtual' or 'shared', not '${v}'`);
        if (v === 'virtual') out.platform = 'virtual';
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
  if (out.command !== 'help' && out.file === undefined) {
    throw new UsageError(`'${out.command}' needs a Python file: kitchen ${out.command} FILE.py`);
  }
  return out;
}

export const HELP = `kitchen: run Python concurrency programs on the Concurrency Kitchen engine

Usage:
  kitchen run FILE.py [--heap-cap MB] [--platform virtual [--seed N] [--cores N]]
                      [--switch-interval S] [--trace OUT.json] [-- ARGS...]
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
  --heap-cap MB          Largest heap the program may use, in MiB (default 256);
                         beyond it the program gets MemoryError.
  --platform virtual     Run every thread in one JS thread under the deterministic
                         scheduler: simulated time, virtual cores, the same output and
                         trace for the same seed. (Default: one run on this thread.)
  --seed N               Tie-breaking seed of the virtual platform (default 1).
  --cores N              Virtual cores (default 4).
  --switch-interval S    The GIL's switch interval in seconds (sys.setswitchinterval).
  --trace OUT.json       Write the run's trace (threads, GIL, blocking, prints) as Chrome
                         Trace Event JSON, which Perfetto opens. Needs --platform virtual.
`;
