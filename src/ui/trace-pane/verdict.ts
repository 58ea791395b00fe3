// One-line verdicts for the guide's questions (issue 7, "Stats"): what the trace says about
// CPU-bound threads and the GIL, overlapping I/O waits, asyncio's switching at await, a
// blocking call in a coroutine, and processes in parallel. Pure: computed from the model and
// its statistics (src/trace/intervals.ts), so the wording is tested on synthetic traces.
//
// "Workers" are the threads a program started: every thread but the first of its process.

import type { RunStats, ThreadStats, TraceModel } from '../../trace/intervals.ts';
import { formatMicros } from '../timeline/view-window.ts';

export interface Verdict {
  /** Which question: cpu-threads, io-threads, asyncio, asyncio-blocked, processes. */
  kind: string;
  text: string;
}

/** Waits that stand for I/O (or for another thread's data) rather than for a lock. */
const IO_WAITS = new Set(['sleep', 'select', 'input', 'pipe', 'queue', 'future', 'event']);
const LOCK_WAITS = new Set(['lock', 'rlock', 'semaphore', 'condition', 'barrier']);

function blockedOn(model: TraceModel, w: ThreadStats, kinds: ReadonlySet<string>): number {
  let n = 0;
  for (const s of model.threadSegments.get(`${w.pid}:${w.tid}`) ?? []) if (s.state === 'blocked' && kinds.has(s.what ?? '')) n += s.end - s.start;
  return n;
}

const x = (r: number): string => `${r.toFixed(2)}\u00d7`;

function workersOf(model: TraceModel, stats: RunStats): ThreadStats[] {
  const firsts = new Set<string>();
  const seen = new Set<number>();
  for (const t of model.threads) {
    if (seen.has(t.pid)) continue;
    seen.add(t.pid);
    firsts.add(`${t.pid}:${t.tid}`);
  }
  return stats.threads.filter((t) => !firsts.has(`${t.pid}:${t.tid}`) && t.end > t.start);
}

/** `cores`: the cores the run had (parallel threads are capped by them in the wording). */
export function verdicts(model: TraceModel, stats: RunStats, cores = Infinity): Verdict[] {
  const atOnce = Math.min(stats.maxRunning, cores);
  const out: Verdict[] = [];
  const workers = workersOf(model, stats);
  const pids = new Set(model.threads.map((t) => t.pid));
  if (workers.length >= 2) {
    const life = (w: ThreadStats): number => w.end - w.start;
    const span = Math.max(...workers.map((w) => w.end)) - Math.min(...workers.map((w) => w.start));
    const cpuBound = workers.every((w) => w.blocked <= 0.1 * life(w) && w.cpu > 0);
    const ioBound = workers.every((w) => blockedOn(model, w, IO_WAITS) >= 0.5 * life(w));
    const lockBound = workers.filter((w) => blockedOn(model, w, LOCK_WAITS) >= 0.5 * life(w));
    if (cpuBound && span > 0) {
      const one = workers.reduce((n, w) => n + w.cpu, 0) / workers.length;
      const ratio = span / one;
      const n = workers.length;
      if (model.freeThreaded || pids.size > 1) {
        out.push({ kind: 'cpu-threads', text: `CPU-bound threads: ${n} threads took ${x(ratio)} one thread's time \u2014 ${model.freeThreaded ? 'free-threaded, with no GIL,' : 'in separate processes'} they ran on up to ${atOnce} cores at once` });
      } else {
        out.push({ kind: 'cpu-threads', text: `CPU-bound threads: ${n} threads took ${x(ratio)} one thread's time \u2014 the GIL let only one run at a time` });
      }
    } else if (lockBound.length > 0) {
      const names = lockBound.map((w) => w.name);
      const share = lockBound.reduce((n, w) => n + blockedOn(model, w, LOCK_WAITS), 0) / lockBound.reduce((n, w) => n + life(w), 0);
      out.push({ kind: 'locks', text: `Locks: ${names.join(', ')} spent ${Math.round(share * 100)}% of their time waiting for a lock another thread held${lockBound.length >= 2 ? ' \u2014 if each holds what the other waits for, that is a deadlock' : ''}` });
    } else if (ioBound && span > 0) {
      const waited = workers.reduce((n, w) => n + blockedOn(model, w, IO_WAITS), 0);
      out.push({ kind: 'io-threads', text: `I/O-bound threads: ${workers.length} threads waited ${formatMicros(waited)} in all, yet took ${formatMicros(span)} together \u2014 a waiting thread releases the GIL, so the waits overlapped` });
    }
  }
  const tasks = model.tasks.filter((k) => k.ended !== undefined || k.segments.length > 0);
  if (tasks.length >= 2) {
    // A loop thread blocked (sleep, I/O) while one of its tasks is in the middle of a step:
    // a blocking call inside a coroutine holds the whole loop.
    let frozen = 0;
    for (const k of tasks) {
      const segs = model.threadSegments.get(`${k.pid}:${k.tid}`) ?? [];
      for (const r of k.segments) {
        if (r.state !== 'running') continue;
        for (const s of segs) {
          if (s.state !== 'blocked' || s.end <= r.start || s.start >= r.end) continue;
          frozen += Math.min(s.end, r.end) - Math.max(s.start, r.start);
        }
      }
    }
    const awaited = tasks.reduce((n, k) => n + k.segments.filter((s) => s.state === 'awaiting').reduce((m, s) => m + s.end - s.start, 0), 0);
    const first = Math.min(...tasks.map((k) => k.created));
    const last = Math.max(...tasks.map((k) => k.ended ?? k.segments[k.segments.length - 1]?.end ?? k.created));
    if (frozen > 0) {
      out.push({ kind: 'asyncio-blocked', text: `asyncio: a blocking call inside a coroutine froze the event loop for ${formatMicros(frozen)} \u2014 no other task could run until it returned` });
    } else if (awaited > 0) {
      out.push({ kind: 'asyncio', text: `asyncio: ${tasks.length} tasks awaited ${formatMicros(awaited)} in all on one thread, and finished in ${formatMicros(last - first)} \u2014 the loop switched tasks at each await` });
    }
  }
  if (pids.size >= 2) {
    out.push({ kind: 'processes', text: `Processes: ${pids.size} processes, each with its own GIL \u2014 up to ${atOnce} ran at the same instant; parallelism ${x(stats.parallelism)}` });
  }
  return out;
}
