// Trace slice: the platform the next run uses, the last run's trace (events arrive in slices
// from the run worker and each slice is ONE `set`, never one per event: STYLE.md habit 5),
// and the playback state the views share — which view shows the trace, the cursor, whether
// playback runs and at what speed.

import type { StateCreator } from 'zustand';
import type { TraceEvent } from '../../trace/schema.ts';
import type { PlatformName } from '../platform.ts';
import type { KitchenState } from './index.ts';

export type TraceView = 'timeline' | 'kitchen';

/** How the trace in the store was made, so the views label time and cores honestly. */
export interface TraceInfo {
  platform: PlatformName;
  /** Virtual cores on the virtual platform; this device's on the shared platform. */
  cores: number;
  seed?: number;
}

/** Playback speeds offered: trace time per real time (1× = as fast as it happened). */
export const SPEEDS = [0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1] as const;

export interface TraceSlice {
  /** Platform chosen in the toolbar for the next run. */
  platform: PlatformName;
  events: TraceEvent[];
  traceInfo: TraceInfo | null;
  /** True once the run that produced `events` has ended (the trace is complete). */
  traceComplete: boolean;
  view: TraceView;
  /** Playback instant (µs of the trace's clock); null = no cursor (the whole run). */
  cursor: number | null;
  playing: boolean;
  speed: number;
  setPlatform(p: PlatformName): void;
  traceStarted(info: TraceInfo): void;
  appendEvents(batch: readonly TraceEvent[]): void;
  traceEnded(): void;
  setView(v: TraceView): void;
  setCursor(t: number | null): void;
  setPlaying(on: boolean): void;
  setSpeed(s: number): void;
}

export const createTraceSlice =
  (initialPlatform: PlatformName): StateCreator<KitchenState, [], [], TraceSlice> =>
  (set) => ({
    platform: initialPlatform,
    events: [],
    traceInfo: null,
    traceComplete: false,
    view: 'timeline',
    cursor: null,
    playing: false,
    speed: 0.1,
    setPlatform: (platform) => set({ platform }),
    traceStarted: (traceInfo) => set({ traceInfo, events: [], traceComplete: false, cursor: null, playing: false }),
    appendEvents: (batch) => set((s) => (batch.length === 0 ? s : { events: appendInOrder(s.events, batch) })),
    traceEnded: () => set({ traceComplete: true }),
    setView: (view) => set({ view }),
    setCursor: (cursor) => set({ cursor }),
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed }),
  });

/** First and last instants of a trace (events are in time order). */
export function traceSpan(events: readonly TraceEvent[]): { start: number; end: number } {
  if (events.length === 0) return { start: 0, end: 0 };
  return { start: events[0]!.t, end: events[events.length - 1]!.t };
}

/** `events` then `batch`, kept in time order: a live run's slices are in order, except the
 *  ends of daemon threads stopped at exit, which carry the instant they last ran. */
export function appendInOrder(events: readonly TraceEvent[], batch: readonly TraceEvent[]): TraceEvent[] {
  const out = events.concat(batch);
  if (events.length === 0 || batch[0]!.t >= events[events.length - 1]!.t) return out;
  return out.sort((a, b) => a.t - b.t); // stable: equal instants keep their order
}
