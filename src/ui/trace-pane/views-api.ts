// The part of window.kitchen that reads the views (for tests and embedding pages): the
// timeline's lanes and the states drawn in them, the kitchen's scene at the cursor, what the
// editor highlights, and the live timeline's progress.

import { buildModel, type ThreadState } from '../../trace/intervals.ts';
import { layoutLanes } from '../timeline/layout.ts';
import { indexTrace, sceneAt, type Scene } from '../kitchen/scene-model.ts';
import { highlightedLines } from '../editor/thread-highlights.ts';
import { store } from '../store/index.ts';
import { traceSpan } from '../store/trace-slice.ts';
import { timelineHandle } from './TimelineView.tsx';

export interface LaneSummary {
  kind: 'cores' | 'gil' | 'thread' | 'task';
  label: string;
  pid?: number;
  /** Thread lanes: the states drawn (blocked ones as "blocked:what"); task lanes: running/awaiting. */
  states: string[];
}

export interface ViewsApi {
  /** The lanes of the timeline for the last run's trace (as drawn, or as it would be). */
  lanes(): LaneSummary[];
  /** How many events the mounted timeline draws (grows during a live run); -1 when none is mounted. */
  timelineEvents(): number;
  /** The kitchen scene at the cursor (the trace's end without one); null without a trace. */
  scene(): Scene | null;
  /** The lines the editor highlights at the cursor, one per thread. */
  highlights(): { line: number; thread: string; color: string }[];
  /** Draws the timeline now and returns how long it took (ms); -1 when none is mounted. */
  drawTimeline(): number;
}

const stateName = (s: ThreadState, what?: string): string => (s === 'blocked' ? `blocked:${what ?? '?'}` : s);

export function createViewsApi(): ViewsApi {
  return {
    lanes() {
      const s = store.getState();
      const model = timelineHandle.current?.getModel() ?? buildModel(s.events);
      const { lanes } = layoutLanes(model, s.traceInfo?.platform ?? 'virtual');
      return lanes.map((l) => {
        const states = new Set<string>();
        if (l.kind === 'thread') for (const seg of l.segments) states.add(stateName(seg.state, seg.what));
        if (l.kind === 'task') for (const seg of l.segments) states.add(seg.state);
        return { kind: l.kind, label: l.label, ...(l.kind !== 'cores' ? { pid: l.pid } : {}), states: [...states].sort() };
      });
    },
    timelineEvents() {
      const tl = timelineHandle.current;
      if (tl === null) return -1;
      return Number(tl.canvas().parentElement?.dataset.events ?? -1);
    },
    scene() {
      const s = store.getState();
      if (s.events.length === 0) return null;
      return sceneAt(indexTrace(s.events, s.traceInfo?.cores ?? 4), s.cursor ?? traceSpan(s.events).end);
    },
    highlights: () => highlightedLines(),
    drawTimeline: () => timelineHandle.current?.drawNow() ?? -1,
  };
}
