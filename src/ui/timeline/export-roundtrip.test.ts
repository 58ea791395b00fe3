// The Chrome Trace Event export: valid Trace Event JSON, and re-imported into our own viewer
// it draws exactly the same timeline (issue 7, acceptance 4).
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../trace/intervals';
import { toChromeTrace } from '../../trace/export-chrome';
import { fromChromeTrace, validateTraceEvents } from '../../trace/import-chrome';
import type { TraceEvent } from '../../trace/schema';
import { renderTimelineSvg } from './render-svg';

const e = (t: number, pid: number, tid: number, kind: string, extra: Record<string, unknown> = {}): TraceEvent =>
  ({ t, pid, tid, kind, ...extra }) as TraceEvent;

// Threads with GIL contention, a lock, a sleep and output; an asyncio loop in a second
// process; a message between the processes.
const events: TraceEvent[] = [
  e(0, 10, 1, 'process-start', { name: 'MainProcess' }),
  e(0, 10, 1, 'thread-start', { name: 'MainThread', line: 1 }),
  e(0, 10, 1, 'gil-take', { switched: true, line: 1 }),
  e(10, 10, 2, 'thread-start', { name: 'cook-1' }),
  e(10, 10, 2, 'gil-wait'),
  e(20, 11, 1, 'process-start', { name: 'Process-1', parent: 10 }),
  e(20, 11, 1, 'thread-start', { name: 'MainThread' }),
  e(20, 11, 1, 'gil-take', { switched: true }),
  e(25, 11, 1, 'task-create', { task: 5, name: 'Task-1' }),
  e(30, 11, 1, 'task-step', { task: 5, line: 7 }),
  e(40, 10, 1, 'send', { channel: 2, msg: 1 }),
  e(45, 11, 1, 'task-step-end', { task: 5, awaits: 'queue get' }),
  e(60, 11, 1, 'recv', { channel: 2, msg: 1 }),
  e(5010, 10, 2, 'gil-drop-request', { holder: 1 }),
  e(5020, 10, 1, 'gil-drop', { reason: 'interval' }),
  e(5020, 10, 2, 'gil-take', { switched: true }),
  e(5020, 10, 1, 'gil-wait'),
  e(5100, 10, 2, 'print', { stream: 1, text: 'hello <world> & "you"\n', line: 9 }),
  e(6000, 10, 2, 'gil-drop', { reason: 'blocking' }),
  e(6000, 10, 2, 'block', { what: 'sleep', line: 12 }),
  e(6000, 10, 1, 'gil-take', { switched: true }),
  e(7000, 11, 1, 'task-step', { task: 5 }),
  e(7100, 11, 1, 'task-end', { task: 5, outcome: 'result' }),
  e(8000, 10, 2, 'unblock', { what: 'sleep' }),
  e(9000, 10, 1, 'gil-drop', { reason: 'exit' }),
  e(9000, 10, 1, 'thread-end'),
];

describe('toChromeTrace', () => {
  const model = buildModel(events);
  const json = JSON.parse(JSON.stringify(toChromeTrace(model)));

  it('writes valid Trace Event JSON', () => {
    expect(validateTraceEvents(json)).toEqual([]);
    expect(validateTraceEvents({ traceEvents: [{ name: 'x', ph: 'X', pid: 1, tid: 1, ts: 0, dur: -1 }] })).toHaveLength(1);
    const names = json.traceEvents.filter((x: { ph: string }) => x.ph === 'M').map((x: { args: { name: string } }) => x.args.name);
    expect(names).toEqual(expect.arrayContaining(['MainThread', 'cook-1', 'GIL', 'Task-1 (asyncio task)', 'Process-1 (pid 11)']));
    expect(json.traceEvents.filter((x: { ph: string }) => x.ph === 's' || x.ph === 'f')).toHaveLength(2);
  });

  it('re-imports into the same model, drawn as the same SVG', () => {
    const back = fromChromeTrace(json);
    expect(back.segments).toEqual(model.segments);
    expect(back.gil).toEqual(model.gil);
    expect(back.tasks).toEqual(model.tasks);
    expect(back.messages).toEqual(model.messages);
    expect(back.threads).toEqual(model.threads);
    const opts = { width: 900, platform: 'virtual' as const, cores: 4 };
    expect(renderTimelineSvg(back, opts)).toBe(renderTimelineSvg(model, opts));
  });
});
