// Re-import of our own Chrome Trace Event JSON (export-chrome.ts) into a TraceModel, so an
// exported run opens again in our timeline exactly as it was drawn (issue 7, acceptance 4),
// and a check that a JSON document follows the Trace Event format's rules for the phases we
// write (the Google "Trace Event Format" document: every event has name, ph, pid, tid; X has
// ts and dur >= 0; i has ts and a scope s; M names a process or thread; s/f share an id).

import type { ChromeEvent, ChromeTrace } from './export-chrome';
import { GIL_TRACK, TASK_TRACK_BASE } from './export-chrome';
import { threadKey, type GilSegment, type Message, type Segment, type TaskLane, type ThreadState, type TraceModel } from './intervals';
import type { TraceEvent } from './schema';

/** Problems with a document as Trace Event JSON; empty when it is valid. */
export function validateTraceEvents(doc: unknown): string[] {
  const errors: string[] = [];
  if (typeof doc !== 'object' || doc === null || !Array.isArray((doc as { traceEvents?: unknown }).traceEvents)) {
    return ['not a JSON object with a traceEvents array'];
  }
  const unit = (doc as { displayTimeUnit?: unknown }).displayTimeUnit;
  if (unit !== undefined && unit !== 'ms' && unit !== 'ns') errors.push(`displayTimeUnit must be "ms" or "ns", not ${JSON.stringify(unit)}`);
  const flows = new Map<string, number>();
  (doc as { traceEvents: unknown[] }).traceEvents.forEach((raw, i) => {
    const e = raw as Partial<ChromeEvent>;
    const where = `traceEvents[${i}]`;
    if (typeof e.name !== 'string') errors.push(`${where}: name must be a string`);
    if (!Number.isInteger(e.pid) || !Number.isInteger(e.tid)) errors.push(`${where}: pid and tid must be integers`);
    switch (e.ph) {
      case 'X':
        if (typeof e.ts !== 'number' || typeof e.dur !== 'number' || !(e.dur >= 0)) errors.push(`${where}: X needs ts and dur >= 0`);
        break;
      case 'i':
        if (typeof e.ts !== 'number' || (e.s !== undefined && !['g', 'p', 't'].includes(e.s))) errors.push(`${where}: i needs ts and s in g/p/t`);
        break;
      case 'M':
        if (!['process_name', 'thread_name', 'process_sort_index', 'thread_sort_index', 'process_labels'].includes(String(e.name))) errors.push(`${where}: unknown metadata ${e.name}`);
        else if (typeof e.args !== 'object') errors.push(`${where}: metadata needs args`);
        break;
      case 's':
      case 'f':
        if (typeof e.ts !== 'number' || e.id === undefined) errors.push(`${where}: flow events need ts and id`);
        else flows.set(`${e.cat}:${e.id}`, (flows.get(`${e.cat}:${e.id}`) ?? 0) + (e.ph === 's' ? 1 : -1));
        break;
      default:
        errors.push(`${where}: phase ${JSON.stringify(e.ph)} is not one we write`);
    }
  });
  for (const [id, n] of flows) if (n < 0) errors.push(`flow ${id} finishes without starting`);
  return errors;
}

/** The model an exported trace was made from. Throws when the JSON is not ours. */
export function fromChromeTrace(doc: ChromeTrace): TraceModel {
  if (doc.kitchen?.version !== 1) throw new Error('not a Concurrency Kitchen trace (no "kitchen" section): only our own exports re-import exactly');
  const segments: Segment[] = [];
  const threadSegments = new Map<string, Segment[]>();
  const gil: GilSegment[] = [];
  const gilByPid = new Map<number, GilSegment[]>();
  const dropRequests: TraceEvent[] = [];
  const prints: TraceEvent[] = [];
  const threads: TraceModel['threads'] = [];
  const tasks = new Map<string, TaskLane>();
  const taskOrder: TaskLane[] = [];
  const flowStarts = new Map<number, Message>();
  const messages: Message[] = [];
  for (const e of doc.traceEvents) {
    const args = (e.args ?? {}) as Record<string, unknown>;
    if (e.ph === 'M' && e.name === 'thread_name') {
      if (e.tid >= TASK_TRACK_BASE) {
        const lane: TaskLane = {
          pid: e.pid, tid: Number(args.loop), task: Number(args.task), name: String(args.name).replace(/ \(asyncio task\)$/, ''),
          created: Number(args.created), segments: [],
        };
        if (args.ended !== undefined) lane.ended = Number(args.ended);
        if (args.outcome !== undefined) lane.outcome = args.outcome as TaskLane['outcome'];
        tasks.set(`${e.pid}:${e.tid}`, lane);
        taskOrder.push(lane);
      } else if (e.tid !== GIL_TRACK) threads.push({ pid: e.pid, tid: e.tid, name: String(args.name) });
    } else if (e.ph === 'X' && e.cat === 'thread-state') {
      const s: Segment = { pid: e.pid, tid: e.tid, state: args.state as ThreadState, what: args.what as string | undefined, start: e.ts!, end: e.ts! + e.dur!, line: args.line as number | undefined };
      segments.push(s);
      const k = threadKey(s.pid, s.tid);
      const arr = threadSegments.get(k);
      if (arr === undefined) threadSegments.set(k, [s]);
      else arr.push(s);
    } else if (e.ph === 'X' && e.cat === 'gil') {
      const g: GilSegment = { pid: e.pid, holder: Number(args.holder), start: e.ts!, end: e.ts! + e.dur! };
      gil.push(g);
      const arr = gilByPid.get(g.pid);
      if (arr === undefined) gilByPid.set(g.pid, [g]);
      else arr.push(g);
    } else if (e.ph === 'X' && e.cat === 'asyncio') {
      const seg: TaskLane['segments'][number] = { state: args.state as 'running' | 'awaiting', start: e.ts!, end: e.ts! + e.dur! };
      if (args.awaits !== undefined) seg.awaits = String(args.awaits);
      if (args.line !== undefined) seg.line = Number(args.line);
      tasks.get(`${e.pid}:${e.tid}`)?.segments.push(seg);
    } else if (e.ph === 's') {
      const m: Message = { channel: Number(args.channel), from: { pid: e.pid, tid: e.tid, t: e.ts! } };
      if (args.msg !== undefined) m.msg = Number(args.msg);
      flowStarts.set(e.id!, m);
      messages.push(m);
    } else if (e.ph === 'f') {
      const m = flowStarts.get(e.id!);
      if (m !== undefined) m.to = { pid: e.pid, tid: e.tid, t: e.ts! };
    } else if (e.ph === 'i' && e.name === 'drop request') {
      dropRequests.push({ t: e.ts!, pid: e.pid, tid: e.tid, kind: 'gil-drop-request', holder: args.holder });
    } else if (e.ph === 'i' && e.name === 'print') {
      const p: TraceEvent = { t: e.ts!, pid: e.pid, tid: e.tid, kind: 'print', stream: args.stream === 'stderr' ? 2 : 1, text: args.text };
      if (args.line !== undefined) p.line = Number(args.line);
      prints.push(p);
    }
  }
  // The concurrency step function follows from the running segments.
  const deltas: { t: number; d: number }[] = [];
  for (const s of segments) {
    if (s.state !== 'running') continue;
    deltas.push({ t: s.start, d: 1 }, { t: s.end, d: -1 });
  }
  deltas.sort((a, b) => a.t - b.t || a.d - b.d);
  const concurrency: TraceModel['concurrency'] = [];
  let running = 0;
  let maxRunning = 0;
  for (const { t, d } of deltas) {
    running += d;
    maxRunning = Math.max(maxRunning, running);
    const prev = concurrency[concurrency.length - 1];
    if (prev !== undefined && prev.t === t) prev.running = running;
    else concurrency.push({ t, running });
  }
  return {
    segments, threadSegments, gil, gilByPid, dropRequests, prints, concurrency, maxRunning, tasks: taskOrder, messages,
    processes: doc.kitchen.processes, freeThreaded: doc.kitchen.freeThreaded, start: doc.kitchen.start, end: doc.kitchen.end, threads,
  };
}
