// Mounts the framework-free timeline (../timeline/create-timeline.ts) for the last run's trace
// and keeps it in step with the store: new events replace the model (one update per store
// change, which is one per batch of events), the playback cursor draws its line.

import { useEffect, useRef } from 'react';
import { createTimeline, type Timeline } from '../timeline/create-timeline.ts';
import type { TraceEvent } from '../../trace/schema.ts';
import type { TraceInfo } from '../store/trace-slice.ts';
import { store } from '../store/index.ts';
import { player } from '../playback/index.ts';

/** The mounted timeline, for window.kitchen (its model, its drawing time) and benchmarks. */
export const timelineHandle: { current: Timeline | null } = { current: null };

export interface TimelineViewProps {
  events: TraceEvent[];
  info: TraceInfo;
  cursor: number | null;
  /** The trace's last instant, which closes the segments still open. */
  end: number;
  highContrast?: boolean;
}

export function TimelineView({ events, info, cursor, end, highContrast = false }: TimelineViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<Timeline | null>(null);

  useEffect(() => {
    const tl = createTimeline(host.current!, {
      platform: info.platform,
      cores: info.cores,
      highContrast,
      // A print marker clicked: the cursor goes there, so the console shows the output up to it.
      onSeek: (t) => {
        player.pause();
        store.getState().setCursor(t);
      },
    });
    timelineHandle.current = tl;
    view.current = tl;
    return () => {
      tl.destroy();
      view.current = null;
      if (timelineHandle.current === tl) timelineHandle.current = null;
    };
    // One timeline per mount; platform and events are applied by the effects below.
  }, []);

  useEffect(() => view.current?.setPlatform(info.platform, info.cores), [info.platform, info.cores]);
  useEffect(() => view.current?.update(events, end), [events, end]);
  useEffect(() => view.current?.setCursor(cursor ?? undefined), [cursor]);
  useEffect(() => view.current?.setHighContrast(highContrast), [highContrast]);

  return <div ref={host} className="timeline-host" data-testid="timeline" data-events={events.length} />;
}
