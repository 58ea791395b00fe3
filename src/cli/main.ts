// The `kitchen` command (bin/kitchen.mjs loads this file through tsx, so it runs from the
// TypeScript sources with no build step). Exit statuses: the program's own for `run`;
// 2 for a usage error, as python3 and most Unix tools use; 1 when a file cannot be read.
//
// `kitchen run` runs a program that may start threads on the shared platform (every Python
// thread on its own worker_thread over one SharedArrayBuffer heap, DESIGN.md §1.6: Node
// always has SAB), so threads really run and contend, and any other program on the main
// thread, which starts faster (auto-platform.ts); --platform chooses explicitly.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runVirtual } from '../engine/virtual/run-virtual.ts';
import { runSharedCli } from './run-shared-cli.ts';
import { choosePlatform } from './auto-platform.ts';
import { buildModel } from '../trace/intervals.ts';
import { toChromeTrace } from '../trace/export-chrome.ts';
import '../engine/python-entry.ts';
import { HELP, parseArgs, UsageError, type ParsedArgs } from './args.ts';
import { createFdLineReader, createProcessSink, nodeProgramDir, writeAllSync } from '../engine/node-host.ts';
import { runInNode } from '../engine/node-run.ts';
import { buildStdlibCode, installStdlibCode } from '../engine/node-stdlib-code.ts';
import { disassemblePython, dumpPythonAst } from '../engine/python-entry.ts';
import { PySyntaxError } from '../python/syntax-error.ts';
import { formatSyntaxError } from './syntax-error-report.ts';

function readSource(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file or directory' : String((e as Error).message);
    // python3's wording for a missing script, so scripts that check it see the familiar line.
    process.stderr.write(`kitchen: can't open file '${file}': ${why}\n`);
    return null;
  }
}

function execute(args: ParsedArgs): number | Promise<number> {
  if (args.command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const file = args.file!;
  const source = readSource(file);
  if (source === null) return args.command === 'run' ? 2 : 1;
  switch (args.command) {
    case 'run': {
      const platform = choosePlatform(source, file, args);
      if (platform === 'virtual') return runVirtualCli(source, file, args);
      if (platform === 'shared') return runSharedCli(source, file, args);
      return runInNode(source, {
        filename: file,
        args: args.programArgs,
        environ: Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
        readStdin: createFdLineReader(0),
        heapCapBytes: args.heapCapMB === undefined ? undefined : Math.floor(args.heapCapMB * 1024 * 1024),
        sink: createProcessSink(),
      });
    }
    case 'ast':
      process.stdout.write(dumpPythonAst(source, file) + '\n');
      return 0;
    case 'dis':
      process.stdout.write(disassemblePython(source, file));
      return 0;
  }
}

function runVirtualCli(source: string, file: string, args: ParsedArgs): number {
  // The virtual platform takes stdin as text up front; from a terminal there is none to
  // read ahead, so input() then meets end of file.
  const stdinText = process.stdin.isTTY ? '' : (() => {
    try { return readFileSync(0, 'utf8'); } catch { return ''; }
  })();
  const r = runVirtual(source, {
    filename: file,
    seed: args.seed ?? 1,
    cores: args.cores ?? 4,
    argv: [file, ...args.programArgs],
    environ: Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
    stdin: stdinText,
    programDir: nodeProgramDir(dirname(file)),
    freeThreaded: args.freeThreaded ?? false,
    switchIntervalMicros: args.switchInterval === undefined ? undefined : args.switchInterval * 1e6,
    onOutput: (stream, text) => writeAllSync(stream === 'stdout' ? 1 : 2, text),
  });
  if (args.trace !== undefined) {
    writeFileSync(args.trace, JSON.stringify(toChromeTrace(buildModel(r.events), r.events)));
  }
  return r.exitCode;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await execute(parseArgs(argv));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`kitchen: ${e.message}\n`);
      return 2;
    }
    // A SyntaxError from `ast`/`dis` is the user's, reported as python3 reports it.
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    process.stderr.write(`kitchen: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

// tools/build-cli.mjs calls the freshly built bundle with this to write the precompiled
// standard library beside it (src/engine/node-stdlib-code.ts).
if (process.argv[2] === '--write-stdlib-code' && process.argv[3]) {
  writeFileSync(process.argv[3], buildStdlibCode());
  process.exit(0);
}
installStdlibCode();
const code = await main(process.argv.slice(2));
// Worker threads still running daemon threads must not keep Node alive after the program
// ended (CPython abandons daemon threads at exit): leave once stdout and stderr are written.
let pending = 2;
const leave = () => { if (--pending === 0) process.exit(code); };
process.stdout.write('', leave);
process.stderr.write('', leave);
