// Playback after a run: moves the store's cursor through the trace's time, one store update
// per animation frame (never per event), at the store's speed. The views read the cursor from
// the store: the timeline draws its line, the kitchen shows sceneAt(cursor).
//
// requestAnimationFrame does not fire in a hidden tab; playback then simply waits, which is
// what a viewer wants (advanceCursor caps the jump when the tab comes back).

import type { KitchenStore } from '../store/index.ts';
import { traceSpan } from '../store/trace-slice.ts';
import { advanceCursor, playFrom } from './advance.ts';

export interface Player {
  play(): void;
  pause(): void;
  toggle(): void;
  destroy(): void;
}

export function createPlayer(store: KitchenStore): Player {
  let frame = 0;
  let last = 0;

  const tick = (now: number): void => {
    frame = 0;
    const s = store.getState();
    if (!s.playing) return;
    const span = traceSpan(s.events);
    const r = advanceCursor(s.cursor ?? span.start, now - last, s.speed, span);
    last = now;
    if (r.done) store.setState({ cursor: r.cursor, playing: false });
    else {
      s.setCursor(r.cursor);
      frame = requestAnimationFrame(tick);
    }
  };

  const play = (): void => {
    const s = store.getState();
    if (s.events.length === 0 || !s.traceComplete) return;
    const span = traceSpan(s.events);
    store.setState({ cursor: playFrom(s.cursor, span), playing: true });
    last = performance.now();
    if (frame === 0) frame = requestAnimationFrame(tick);
  };

  const pause = (): void => {
    if (frame !== 0) cancelAnimationFrame(frame);
    frame = 0;
    store.getState().setPlaying(false);
  };

  // A new run (or anything else) that clears `playing` ends the loop on its next frame;
  // one that starts a new trace must not keep an old frame pending.
  const unsubscribe = store.subscribe((s, prev) => {
    if (prev.playing && !s.playing && frame !== 0) {
      cancelAnimationFrame(frame);
      frame = 0;
    }
  });

  return {
    play,
    pause,
    toggle: () => (store.getState().playing ? pause() : play()),
    destroy: () => {
      pause();
      unsubscribe();
    },
  };
}
