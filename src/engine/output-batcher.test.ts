// Unit tests of OutputBatcher: batching by interval, order of streams, no empty sends.
import { describe, expect, it } from 'vitest';
import { OutputBatcher, type OutputChunk } from './output-batcher.ts';

function setup(interval = 30) {
  let t = 1000;
  const sent: OutputChunk[][] = [];
  const b = new OutputBatcher((c) => sent.push(c), () => t, interval);
  return { b, sent, advance: (ms: number) => (t += ms) };
}

describe('OutputBatcher', () => {
  it('sends the first write at once, then batches until the interval passes', () => {
    const { b, sent, advance } = setup();
    b.write('stdout', 'a');
    expect(sent).toEqual([[{ stream: 'stdout', text: 'a' }]]);
    b.write('stdout', 'b');
    advance(10);
    b.write('stdout', 'c');
    expect(sent.length).toBe(1);
    advance(25);
    b.write('stdout', 'd');
    expect(sent[1]).toEqual([{ stream: 'stdout', text: 'bcd' }]);
  });

  it('keeps the order of stdout and stderr and merges neighbours', () => {
    const { b, sent } = setup();
    b.write('stdout', 'x');
    b.write('stdout', '1');
    b.write('stderr', 'e');
    b.write('stderr', 'f');
    b.write('stdout', '2');
    b.flush();
    expect(sent[1]).toEqual([
      { stream: 'stdout', text: '1' },
      { stream: 'stderr', text: 'ef' },
      { stream: 'stdout', text: '2' },
    ]);
  });

  it('sends nothing on an empty flush', () => {
    const { b, sent } = setup();
    b.flush();
    b.write('stdout', '');
    b.flush();
    expect(sent).toEqual([]);
  });
});
