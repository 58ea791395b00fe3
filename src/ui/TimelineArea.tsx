// The region where the last run is drawn: a "Timeline | Kitchen" switch, playback controls,
// the chosen view (the timeline of threads, the GIL and cores, or the restaurant of the
// guide, both from the same events and the same cursor), and the stats line under it.

import { useMemo, useState } from 'react';
import { buildModel, computeStats } from '../trace/intervals.ts';
import { selectCursor, selectEvents, selectTraceComplete, selectTraceInfo, selectView, store, useKitchen } from './store/index.ts';
import { traceSpan, type TraceView } from './store/trace-slice.ts';
import { TimelineView } from './trace-pane/TimelineView.tsx';
import { KitchenPane } from './trace-pane/KitchenPane.tsx';
import { PlaybackControls } from './trace-pane/PlaybackControls.tsx';
import { statsParts } from './trace-pane/stats-line.ts';
import { ExportButtons } from './trace-pane/ExportButtons.tsx';
import { ThreadStatsTable } from './trace-pane/ThreadStatsTable.tsx';
import { verdicts } from './trace-pane/verdict.ts';

const VIEWS: { id: TraceView; label: string }[] = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'kitchen', label: 'Kitchen' },
];

export function TimelineArea() {
  const events = useKitchen(selectEvents);
  const info = useKitchen(selectTraceInfo);
  const complete = useKitchen(selectTraceComplete);
  const view = useKitchen(selectView);
  const cursor = useKitchen(selectCursor);
  const [highContrast, setHighContrast] = useState(false);
  // Projector mode (classroom) always draws in high contrast.
  const projector = useKitchen((s) => s.projector);
  const { start, end } = useMemo(() => traceSpan(events), [events]);
  const model = useMemo(() => (complete && events.length > 0 ? buildModel(events, end) : null), [complete, events, end]);
  const stats = useMemo(() => (model ? computeStats(model) : null), [model]);
  const lines = useMemo(() => (model && stats ? verdicts(model, stats, info?.cores) : []), [model, stats, info?.cores]);
  const hasTrace = info !== null && events.length > 0;
  const parts = stats && info ? statsParts(stats, info.platform) : null;

  return (
    <section className="timeline-area" aria-label="Timeline" data-testid="timeline-area" data-live={info !== null && !complete ? 'true' : 'false'}>
      <div className="trace-header">
        <h2 className="pane-title visually-hidden">{view === 'timeline' ? 'Timeline' : 'Kitchen'}</h2>
        <div className="view-switch" role="group" aria-label="View">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              className="btn btn-small"
              data-testid={`view-${v.id}`}
              aria-pressed={view === v.id}
              onClick={() => store.getState().setView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
        <PlaybackControls events={events} start={start} end={end} enabled={hasTrace && complete} />
        <ExportButtons events={events} info={info} enabled={hasTrace && complete} />
        <label className="contrast-toggle">
          <input type="checkbox" data-testid="high-contrast" checked={highContrast} onChange={(e) => setHighContrast(e.currentTarget.checked)} />
          High contrast
        </label>
      </div>
      <div className="trace-body">
        {!hasTrace ? (
          <div className="timeline-empty" data-testid="trace-empty">
            {info?.platform === 'shared' && complete
              ? 'The shared platform runs this program single-threaded and records no trace yet: choose Platform: virtual to see threads, the GIL and the kitchen.'
              : 'Threads, the GIL, processes and asyncio tasks will be drawn here after a run on the virtual platform.'}
          </div>
        ) : view === 'timeline' ? (
          <TimelineView events={events} info={info} cursor={cursor} end={end} highContrast={highContrast || projector} />
        ) : (
          <KitchenPane events={events} cores={info.cores} at={cursor ?? end} highContrast={highContrast || projector} />
        )}
      </div>
      <p className="trace-stats" data-testid="trace-stats" aria-live="polite">
        {parts && (
          <>
            Wall time <strong data-stat="wall">{parts.wall}</strong> · GIL switches <strong data-stat="gil-switches">{parts.switches}</strong> · parallelism{' '}
            <strong data-stat="parallelism">{parts.parallelism}</strong>
            {info?.platform === 'virtual' && ` · ${info.cores} virtual cores, seed ${info.seed ?? 1}`}
          </>
        )}
      </p>
      {stats && <ThreadStatsTable stats={stats} verdicts={lines} />}
    </section>
  );
}
