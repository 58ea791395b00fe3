// Playback after a run (issue 7): play/pause, step to the previous/next event, a scrub bar
// and the speed (0.01× to 1×: a 300 ms run can be watched for 30 s in class). The controls
// only change the store; the player (../playback/player.ts) moves the cursor.

import { player } from '../playback/index.ts';
import { stepTime } from '../playback/advance.ts';
import { SPEEDS } from '../store/trace-slice.ts';
import { selectCursor, selectPlaying, selectSpeed, store, useKitchen } from '../store/index.ts';
import { formatMicros } from '../timeline/view-window.ts';
import type { TraceEvent } from '../../trace/schema.ts';

export interface PlaybackControlsProps {
  events: TraceEvent[];
  start: number;
  end: number;
  enabled: boolean;
}

const speedLabel = (s: number): string => `${s}×`;

export function PlaybackControls({ events, start, end, enabled }: PlaybackControlsProps) {
  const cursor = useKitchen(selectCursor);
  const playing = useKitchen(selectPlaying);
  const speed = useKitchen(selectSpeed);
  // The events' instants, for the step buttons: taken on a click, not on every render of a
  // live run, whose events change every frame.
  const times = (): number[] => events.map((e) => e.t);
  const at = cursor ?? end;
  const span = { start, end };
  const seek = (t: number) => {
    player.pause();
    store.getState().setCursor(t);
  };

  return (
    <div className="playback" role="group" aria-label="Playback">
      <button type="button" className="btn btn-small" data-testid="step-back" disabled={!enabled} title="Previous event" aria-label="Previous event" onClick={() => seek(stepTime(times(), at, -1, span))}>
        |◀
      </button>
      <button
        type="button"
        className="btn btn-small"
        data-testid="play"
        disabled={!enabled}
        aria-pressed={playing}
        title={playing ? 'Pause' : 'Play the run at the chosen speed'}
        onClick={() => player.toggle()}
      >
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" className="btn btn-small" data-testid="step-forward" disabled={!enabled} title="Next event" aria-label="Next event" onClick={() => seek(stepTime(times(), at, 1, span))}>
        ▶|
      </button>
      <input
        type="range"
        className="scrub"
        data-testid="scrub"
        aria-label="Playback position"
        min={start}
        max={Math.max(end, start + 1)}
        step="any"
        value={at}
        disabled={!enabled}
        onChange={(e) => seek(Number(e.currentTarget.value))}
      />
      <span className="playback-time" data-testid="playback-time">
        {enabled ? `${formatMicros(at - start)} / ${formatMicros(end - start)}` : ''}
      </span>
      <label className="speed">
        Speed
        <select data-testid="speed" value={String(speed)} onChange={(e) => store.getState().setSpeed(Number(e.currentTarget.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {speedLabel(s)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
