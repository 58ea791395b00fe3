// Runs a .py file through the VM's runProgram (src/vm/run.ts) with stdout/stderr to the
// terminal, stdin lines from the terminal, and time.sleep as a real wait: the eval-loop
// author's quick driver (the product CLI is src/cli). Usage:
//   node --import tsx tools/run.ts prog.py [args...]
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { readdirSync } from 'node:fs';
import { runProgram } from '../src/vm/run.ts';
import '../src/stdlib/py-sources.ts';

// The stdlib's native modules register themselves with the import system when loaded.
const nativeDir = new URL('../src/stdlib/native/', import.meta.url);
for (const f of readdirSync(nativeDir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
  await import(new URL(f, nativeDir).href);
}
import type { Host, Micros } from '../src/vm/host.ts';

const [file, ...args] = process.argv.slice(2);
if (!file) { console.error('usage: tools/run.ts prog.py [args...]'); process.exit(2); }
const source = readFileSync(file, 'utf8');
const t0 = process.hrtime.bigint();
const word = new Int32Array(new SharedArrayBuffer(4));
let stdinLines: string[] | null = null;
const out: Record<'stdout' | 'stderr', string[]> = { stdout: [], stderr: [] };
const flush = (): void => {
  if (out.stdout.length) { process.stdout.write(out.stdout.join('')); out.stdout = []; }
  if (out.stderr.length) { process.stderr.write(out.stderr.join('')); out.stderr = []; }
};
const host: Host = {
  write(stream, text) { out[stream].push(text); if (out[stream].length > 256) flush(); },
  now: () => Number((process.hrtime.bigint() - t0) / 1000n) as Micros,
  epochSeconds: Date.now() / 1000,
  readLine() {
    if (stdinLines === null) {
      let text = '';
      try { text = readFileSync(0, 'utf8'); } catch { text = ''; }
      stdinLines = text.split('\n');
      if (stdinLines[stdinLines.length - 1] === '') stdinLines.pop();
    }
    return stdinLines.length ? stdinLines.shift()! : null;
  },
  waitSync(_i, _e, micros) { flush(); Atomics.wait(word, 0, 0, micros / 1000); return 'timed-out'; },
  environ: { PYTHONHASHSEED: '0' },
  argv: [basename(file), ...args],
};
process.chdir(dirname(file));
const { exitCode } = runProgram(source, { filename: basename(file), host });
flush();
process.exitCode = exitCode;
