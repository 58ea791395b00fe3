// The console at a playback instant (issue 7, "Playback": the console shows output up to
// that instant): the program's print events at or before `t`, merged into console chunks
// exactly as live output is (console-slice.ts), keeping only the last CONSOLE_LIMIT
// characters. Pure; the console pane shows this instead of the live output while a cursor is set.

import type { TraceEvent } from '../../trace/schema';
import { appendChunks, trimToLimit, CONSOLE_LIMIT, type ConsoleChunk, type ConsoleText } from '../store/console-slice';

/** The print events of a trace, in time order. */
export function printsOf(events: readonly TraceEvent[]): TraceEvent[] {
  return events.filter((e) => e.kind === 'print');
}

/** Console chunks of everything printed at or before `t`. */
export function consoleAt(prints: readonly TraceEvent[], t: number, limit = CONSOLE_LIMIT): ConsoleChunk[] {
  let lo = 0;
  let hi = prints.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (prints[mid]!.t <= t) lo = mid + 1;
    else hi = mid;
  }
  // Walk back only as far as the limit needs: a long run's whole output is not rebuilt per frame.
  let first = lo;
  let size = 0;
  while (first > 0 && size < limit) size += String(prints[--first]!.text ?? '').length;
  const batch: ConsoleText[] = [];
  for (let i = first; i < lo; i++) {
    const p = prints[i]!;
    batch.push({ stream: p.stream === 2 ? 'stderr' : 'stdout', text: String(p.text ?? '') });
  }
  return trimToLimit(appendChunks([], batch, 0).chunks, limit).chunks;
}
