// Unit tests of the Node host: stdin lines from a descriptor, flushing before input() and sleeps.
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCaptureSink, createFdLineReader, createNodeHost } from './node-host.ts';

describe('Node host', () => {
  it('reads lines from a file descriptor, the last one without a newline', () => {
    const p = join(mkdtempSync(join(tmpdir(), 'fd-')), 'in.txt');
    writeFileSync(p, 'one\ntwo é\n\nlast');
    const fd = openSync(p, 'r');
    try {
      const r = createFdLineReader(fd);
      expect([r.readLine(), r.readLine(), r.readLine(), r.readLine(), r.readLine()]).toEqual(['one', 'two é', '', 'last', null]);
    } finally {
      closeSync(fd);
    }
  });

  it('flushes output before reading input and before sleeping', () => {
    const events: string[] = [];
    const sink = { write: (_s: string, t: string) => events.push(`write ${t}`), flush: () => events.push('flush') };
    const host = createNodeHost({ filename: 'main.py', readStdin: () => 'x\n', sink });
    host.write('stdout', 'Name? ');
    expect(host.readLine()).toBe('x');
    host.waitSync!(0, 0, 1000);
    expect(events).toEqual(['write Name? ', 'flush', 'flush']);
  });

  it('gives argv and a clock that starts at zero', () => {
    const host = createNodeHost({ filename: 'p.py', args: ['a'], readStdin: () => '', sink: createCaptureSink() });
    expect(host.argv).toEqual(['p.py', 'a']);
    expect(host.now()).toBeGreaterThanOrEqual(0);
    expect(host.now()).toBeLessThan(1_000_000);
  });
});
