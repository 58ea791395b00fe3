// Mounts the framework-free restaurant view (../kitchen/create-kitchen-view.ts) and shows the
// scene at the playback cursor: sceneAt(indexTrace(events, cores), cursor). The index is built
// once per trace; each cursor move is one scene lookup and one view update. During a live run
// the trace grows batch by batch: the index is rebuilt no more often than four times what the
// last build cost, so a run streaming a million events does not hold the page.

import { useEffect, useRef, useState } from 'react';
import { createKitchenView, type KitchenView } from '../kitchen/create-kitchen-view.ts';
import { indexTrace, sceneAt, type SceneIndex } from '../kitchen/scene-model.ts';
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
  const index = useThrottledIndex(events, cores);

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

function useThrottledIndex(events: TraceEvent[], cores: number): SceneIndex {
  const [index, setIndex] = useState(() => indexTrace(events, cores));
  const cost = useRef({ ms: 0, at: -Infinity });
  const built = useRef(index);
  useEffect(() => {
    if (built.current.events === events && built.current.cores === cores) return;
    const build = () => {
      const t0 = performance.now();
      const next = indexTrace(events, cores);
      built.current = next;
      setIndex(next);
      const t1 = performance.now();
      cost.current = { ms: t1 - t0, at: t1 };
    };
    const wait = cost.current.at + 4 * cost.current.ms - performance.now();
    if (wait <= 0) {
      build();
      return;
    }
    const timer = setTimeout(build, wait);
    return () => clearTimeout(timer);
  }, [events, cores]);
  return index;
}
