// Synthetic traces of a chosen size, in the schema's vocabulary (src/trace/schema.ts), for
// the rendering benchmarks (tools/bench-views.ts) and scale tests: `threads` CPU-bound
// threads per process sharing the GIL with drop requests every switch interval, with now and
// then a sleep, a lock wait and a print. Deterministic (a fixed-seed PRNG), so two runs draw
// the same picture. Not engine output: the benchmark measures drawing, not the interpreter.

import type { TraceEvent } from '../../trace/schema';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  /** About this many events in all. */
  events: number;
  processes?: number;
  threadsPerProcess?: number;
  /** Virtual µs between GIL hand-overs. */
  switchMicros?: number;
  seed?: number;
}

export function syntheticTrace(o: SyntheticOptions): TraceEvent[] {
  const processes = o.processes ?? 1;
  const per = o.threadsPerProcess ?? 8;
  const sw = o.switchMicros ?? 50;
  const rand = rng(o.seed ?? 7);
  const lanes: TraceEvent[][] = [];
  const budget = Math.max(1, Math.floor(o.events / processes));
  for (let p = 0; p < processes; p++) {
    const pid = 4242 + p;
    const out: TraceEvent[] = [];
    const ev = (t: number, tid: number, kind: TraceEvent['kind'], extra: Record<string, unknown> = {}): void => {
      out.push({ t, pid, tid, kind, line: 1 + (tid % 20), ...extra } as TraceEvent);
    };
    if (processes > 1) ev(0, 1, 'process-start', { name: p === 0 ? 'MainProcess' : `Process-${p}`, parent: p === 0 ? 0 : 4242 });
    for (let k = 1; k <= per; k++) {
      ev(k, k, 'thread-start', { name: k === 1 ? 'MainThread' : `worker-${k - 1}` });
      ev(k, k, 'gil-wait');
    }
    let t = per + 1;
    let holder = 1;
    ev(t, holder, 'gil-take', { switched: true });
    const sleeping = new Map<number, number>(); // tid → wake-up time
    while (out.length < budget) {
      t += sw * (0.5 + rand());
      for (const [tid, wake] of sleeping) {
        if (wake > t) continue;
        sleeping.delete(tid);
        ev(wake, tid, 'unblock', { what: 'sleep' });
        ev(wake, tid, 'gil-wait');
      }
      const waiting = [];
      for (let k = 1; k <= per; k++) if (k !== holder && !sleeping.has(k)) waiting.push(k);
      if (waiting.length === 0) continue;
      const next = waiting[Math.floor(rand() * waiting.length)]!;
      const r = rand();
      if (r < 0.05) {
        ev(t, holder, 'print', { stream: 1, text: `step ${out.length}\n` });
        ev(t, holder, 'gil-drop', { reason: 'blocking' });
        ev(t, holder, 'block', { what: 'sleep' });
        sleeping.set(holder, t + sw * 20 * rand());
      } else {
        ev(t - sw * 0.2, next, 'gil-drop-request', { holder });
        ev(t, holder, 'gil-drop', { reason: 'interval' });
        ev(t, holder, 'gil-wait');
      }
      ev(t, next, 'gil-take', { switched: true });
      holder = next;
    }
    lanes.push(out);
  }
  const all = lanes.flat();
  if (processes > 1) for (let p = 1; p < processes; p++) all.push({ t: 100, pid: 4242, tid: 1, kind: 'send', channel: p, to: 4242 + p } as TraceEvent, { t: 140, pid: 4242 + p, tid: 1, kind: 'recv', channel: p, from: 4242 } as TraceEvent);
  return all.sort((a, b) => a.t - b.t);
}
