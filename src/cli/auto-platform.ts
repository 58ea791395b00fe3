// Which platform `kitchen run` uses when --platform is not given.
//
// The shared platform (a worker per Python thread) is the one that runs threads for real,
// but it costs about a second of start-up (workers load the interpreter); a program that
// never starts a thread runs the same on the main thread ('single') and starts at once,
// which matters for scripts and benchmarks. A program can only start a thread through a
// module, so the choice is made from the program's imports: any of the modules that start
// threads or processes, or a module of the program's own directory (which might), means
// 'shared'. Asking for a trace or a switch interval means 'shared' too ('single' has no GIL
// to trace).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CliPlatform, ParsedArgs } from './args.ts';

/** Top-level modules whose import means the program may start threads or processes. */
const THREADING_MODULES = new Set([
  'threading', '_thread', 'queue', 'concurrent', 'multiprocessing', 'asyncio', 'socketserver', 'sched',
]);

/** Top-level module names imported anywhere in `source` (import X.Y, from X.Y import Z). */
export function importedModules(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(/^[ \t]*(?:from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b|import[ \t]+([^#\n]+))/gm)) {
    if (m[1] !== undefined) names.add(m[1].split('.')[0]!);
    else for (const part of m[2]!.split(',')) {
      const name = part.trim().split(/\s+/)[0]!.split('.')[0]!;
      if (/^[A-Za-z_]\w*$/.test(name)) names.add(name);
    }
  }
  return names;
}

export function choosePlatform(source: string, file: string, args: ParsedArgs): CliPlatform {
  if (args.platform !== undefined) return args.platform;
  if (args.trace !== undefined || args.switchInterval !== undefined || args.freeThreaded) return 'shared';
  const dir = dirname(file);
  for (const name of importedModules(source)) {
    if (THREADING_MODULES.has(name)) return 'shared';
    if (existsSync(join(dir, `${name}.py`)) || existsSync(join(dir, name, '__init__.py'))) return 'shared';
  }
  return 'single';
}
