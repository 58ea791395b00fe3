// Mounts the framework-free restaurant view (../kitchen/create-kitchen-view.ts) and shows the
// scene at the playback cursor: sceneAt(indexTrace(events, cores), cursor). The index is built
// once per trace; each cursor move is one scene lookup and one view update.

import { useEffect, useMemo, useRef } from 'react';
import { createKitchenView, type KitchenView } from '../kitchen/create-kitchen-view.ts';
import { indexTrace, sceneAt } from '../kitchen/scene-model.ts';
import type { TraceEvent } from '../../trace/schema.ts';

export interface KitchenPaneProps {
  events: TraceEvent[];
  cores: number;
  /** The instant to show; the trace's end when there is no cursor. */
  at: number;
  highContrast: boolean;
}

export function KitchenPane({ events, cores, at, highContrast }: KitchenPaneProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<KitchenView | null>(null);
  const index = useMemo(() => indexTrace(events, cores), [events, cores]);

  useEffect(() => {
    const v = createKitchenView(host.current!, { highContrast });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // One view per mount; contrast and scenes are applied by the effects below.
  }, []);

  useEffect(() => view.current?.setHighContrast(highContrast), [highContrast]);
  useEffect(() => view.current?.update(sceneAt(index, at)), [index, at]);

  return <div ref={host} className="kitchen-host" data-testid="kitchen" />;
}
