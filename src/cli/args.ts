// Command-line parsing for `kitchen`, kept free of I/O so it can be unit-tested.
// Grammar: kitchen COMMAND [OPTIONS] FILE.py [-- PROGRAM ARGS...]

export type Command = 'run' | 'ast' | 'dis' | 'help';

export interface ParsedArgs {
  command: Command;
  file?: string;
  /** sys.argv[1:] for `run`: everything after `--` (or after FILE). */
  programArgs: string[];
  heapCapMB?: number;
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
  kitchen run FILE.py [--heap-cap MB] [-- ARGS...]
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
  --heap-cap MB   Largest heap the program may use, in MiB (default 256);
                  beyond it the program gets MemoryError.
`;
