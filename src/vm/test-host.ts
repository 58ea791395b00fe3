// A Host for unit tests of the pure layers: collects output, fixed clock, no stdin.
import type { Host, Micros, Stream } from './host.ts';

export function testHost(): Host & { out: string[]; err: string[] } {
  const out: string[] = [], err: string[] = [];
  return {
    out, err,
    write(stream: Stream, text: string) { (stream === 'stdout' ? out : err).push(text); },
    now: () => 0 as Micros,
    epochSeconds: 0,
    readLine: () => null,
    environ: {},
    argv: [],
  };
}
