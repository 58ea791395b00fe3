// Export of a run's trace as Chrome Trace Event JSON (the format Perfetto and
// chrome://tracing open): one complete ("X") event per thread-state segment, GIL holding as
// a separate track per process, asyncio tasks as tracks of their own, flow events ("s"/"f")
// for messages between processes, instant ("i") events for drop requests and prints, and
// metadata events naming processes and threads.
// Format reference: "Trace Event Format" (the Google document linked from Perfetto's docs):
// ts and dur in microseconds; the JSON Object Format allows extra top-level keys, where the
// fields our own viewer needs to re-import the trace exactly (import-chrome.ts) are kept.

import type { TraceModel } from './intervals';
import type { TraceEvent } from './schema';

export interface ChromeEvent {
  name: string;
  ph: 'X' | 'i' | 'M' | 's' | 'f';
  ts?: number;
  dur?: number;
  pid: number;
  tid: number;
  s?: 't' | 'p';
  id?: number;
  bp?: 'e';
  args?: Record<string, unknown>;
  cat?: string;
}

export interface ChromeTrace {
  traceEvents: ChromeEvent[];
  displayTimeUnit: 'ms';
  /** Ignored by other viewers; lets ours rebuild the model exactly. */
  kitchen: { version: 1; start: number; end: number; freeThreaded: boolean; processes: TraceModel['processes'] };
}

/** Thread id used for a process's GIL track (real thread slots are small positive ints). */
export const GIL_TRACK = 0;
/** Task tracks get thread ids from here up (one per asyncio task, in creation order). */
export const TASK_TRACK_BASE = 1_000_000;

/** `_events` is accepted for older callers; prints now come from the model. */
export function toChromeTrace(model: TraceModel, _events?: readonly TraceEvent[]): ChromeTrace {
  const out: ChromeEvent[] = [];
  const pids = new Set<number>(model.processes.map((p) => p.pid));
  for (const th of model.threads) {
    pids.add(th.pid);
    out.push({ name: 'thread_name', ph: 'M', pid: th.pid, tid: th.tid, args: { name: th.name } });
  }
  for (const pid of pids) {
    const p = model.processes.find((x) => x.pid === pid);
    out.push({ name: 'process_name', ph: 'M', pid, tid: GIL_TRACK, args: { name: p !== undefined && p.name !== `pid ${pid}` ? `${p.name} (pid ${pid})` : `python pid ${pid}` } });
    if (!model.freeThreaded) out.push({ name: 'thread_name', ph: 'M', pid, tid: GIL_TRACK, args: { name: 'GIL' } });
  }
  model.tasks.forEach((k, i) => {
    out.push({ name: 'thread_name', ph: 'M', pid: k.pid, tid: TASK_TRACK_BASE + i, args: { name: `${k.name} (asyncio task)`, task: k.task, loop: k.tid, created: k.created, ended: k.ended, outcome: k.outcome } });
  });
  for (const s of model.segments) {
    const args: Record<string, unknown> = { state: s.state };
    if (s.what !== undefined) args.what = s.what;
    if (s.line !== undefined) args.line = s.line;
    out.push({
      name: s.state === 'blocked' ? `blocked: ${s.what ?? '?'}` : s.state,
      cat: 'thread-state', ph: 'X', ts: s.start, dur: s.end - s.start, pid: s.pid, tid: s.tid, args,
    });
  }
  for (const g of model.gil) {
    const name = model.threads.find((t) => t.pid === g.pid && t.tid === g.holder)?.name ?? `thread ${g.holder}`;
    out.push({ name: `held by ${name}`, cat: 'gil', ph: 'X', ts: g.start, dur: g.end - g.start, pid: g.pid, tid: GIL_TRACK, args: { holder: g.holder } });
  }
  model.tasks.forEach((k, i) => {
    for (const s of k.segments) {
      const args: Record<string, unknown> = { state: s.state };
      if (s.awaits !== undefined) args.awaits = s.awaits;
      if (s.line !== undefined) args.line = s.line;
      out.push({ name: s.state === 'running' ? 'step' : `awaits ${s.awaits ?? '?'}`, cat: 'asyncio', ph: 'X', ts: s.start, dur: s.end - s.start, pid: k.pid, tid: TASK_TRACK_BASE + i, args });
    }
  });
  model.messages.forEach((m, id) => {
    const args = m.msg !== undefined ? { channel: m.channel, msg: m.msg } : { channel: m.channel };
    out.push({ name: 'message', cat: 'message', ph: 's', id, ts: m.from.t, pid: m.from.pid, tid: m.from.tid, args });
    if (m.to !== undefined) out.push({ name: 'message', cat: 'message', ph: 'f', bp: 'e', id, ts: m.to.t, pid: m.to.pid, tid: m.to.tid, args });
  });
  for (const e of model.dropRequests) {
    out.push({ name: 'drop request', cat: 'gil', ph: 'i', s: 't', ts: e.t, pid: e.pid, tid: e.tid, args: { holder: e.holder } });
  }
  for (const e of model.prints) {
    const args: Record<string, unknown> = { text: e.text, stream: e.stream === 2 ? 'stderr' : 'stdout' };
    if (e.line !== undefined) args.line = e.line;
    out.push({ name: 'print', cat: 'io', ph: 'i', s: 't', ts: e.t, pid: e.pid, tid: e.tid, args });
  }
  return {
    traceEvents: out,
    displayTimeUnit: 'ms',
    kitchen: { version: 1, start: model.start, end: model.end, freeThreaded: model.freeThreaded, processes: model.processes },
  };
}
