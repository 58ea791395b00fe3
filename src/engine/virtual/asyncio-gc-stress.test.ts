// The asyncio natives (src/stdlib/native/asyncio*.ts) under collection stress: a few of the
// asyncio conformance programs run on the virtual platform with a collection every 2 KiB
// allocated (gcTuning.stressBytes), and must still print python3's output (their .out
// files). A native that kept a value only in a JS local across a collection would lose it
// and change the output, or crash. The run must have collected many times for the test to
// mean anything: the program's last line reports the count, read from the engine.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runVirtual } from './run-virtual.ts';
import { gcTuning } from '../../vm/heap.ts';
import '../python-entry.ts';

const DIR = join(__dirname, '..', '..', '..', 'tests', 'conformance', 'asyncio');
const PROGRAMS = ['gather_sleep_edges', 'gather_cancel', 'gather_exceptions', 'create_task_order', 'cancel_propagation', 'queue_join_waits'];
const COUNT = "\nimport sys as _s\nprint('collections', _s._kitchen_heap_stats()['collections'], file=_s.stderr)\n";

afterEach(() => { gcTuning.stressBytes = 0; });

describe('asyncio under collection stress', () => {
  for (const name of PROGRAMS) {
    it(`${name}.py prints python3's output with a collection every 2 KiB`, () => {
      gcTuning.stressBytes = 2 * 1024;
      const source = readFileSync(join(DIR, `${name}.py`), 'utf8') + COUNT;
      const r = runVirtual(source, { filename: `${name}.py`, seed: 1, cores: 2 });
      expect(r.stdout).toBe(readFileSync(join(DIR, `${name}.out`), 'utf8'));
      const m = /^collections (\d+)$/m.exec(r.stderr);
      expect(m).not.toBeNull();
      expect(Number(m![1])).toBeGreaterThanOrEqual(10);
    });
  }
});
