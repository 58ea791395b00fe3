// Export of a run's trace as Chrome Trace Event JSON (the format Perfetto and
// chrome://tracing open): one complete ("X") event per thread-state segment, GIL holding as
// a separate track per process, instant ("i") events for drop requests and prints, and
// metadata events naming processes and threads.
// Format reference: "Trace Event Format" (the Google document linked from Perfetto's docs).

import type { TraceModel } from './intervals';
import type { TraceEvent } from './schema';

interface ChromeEvent {
  name: string;
  ph: 'X' | 'i' | 'M';
  ts?: number;
  dur?: number;
  pid: number;
  tid: number;
  s?: 't' | 'p';
  args?: Record<string, unknown>;
  cat?: string;
}

/** Thread id used for a process's GIL track (real thread slots are small positive ints). */
const GIL_TRACK = 0;

export function toChromeTrace(model: TraceModel, events: readonly TraceEvent[]): { traceEvents: ChromeEvent[]; displayTimeUnit: 'ms' } {
  const out: ChromeEvent[] = [];
  const pids = new Set<number>();
  for (const th of model.threads) {
    pids.add(th.pid);
    out.push({ name: 'thread_name', ph: 'M', pid: th.pid, tid: th.tid, args: { name: th.name } });
  }
  for (const pid of pids) {
    out.push({ name: 'process_name', ph: 'M', pid, tid: GIL_TRACK, args: { name: `python pid ${pid}` } });
    out.push({ name: 'thread_name', ph: 'M', pid, tid: GIL_TRACK, args: { name: 'GIL' } });
  }
  for (const s of model.segments) {
    out.push({
      name: s.state === 'blocked' ? `blocked: ${s.what ?? '?'}` : s.state,
      cat: 'thread-state', ph: 'X', ts: s.start, dur: s.end - s.start, pid: s.pid, tid: s.tid,
      args: s.line !== undefined ? { line: s.line } : undefined,
    });
  }
  for (const g of model.gil) {
    out.push({ name: `held by ${g.holder}`, cat: 'gil', ph: 'X', ts: g.start, dur: g.end - g.start, pid: g.pid, tid: GIL_TRACK });
  }
  for (const e of model.dropRequests) {
    out.push({ name: 'drop request', cat: 'gil', ph: 'i', s: 't', ts: e.t, pid: e.pid, tid: e.tid, args: { holder: e.holder } });
  }
  for (const e of events) {
    if (e.kind === 'print') out.push({ name: 'print', cat: 'io', ph: 'i', s: 't', ts: e.t, pid: e.pid, tid: e.tid, args: { text: e.text } });
  }
  return { traceEvents: out, displayTimeUnit: 'ms' };
}
