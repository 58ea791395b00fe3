// React hook for the console pane: while playback has a cursor, the console shows what the
// program had printed by that instant (console-at.ts) instead of the whole output.

import { useMemo } from 'react';
import { selectCursor, selectEvents, useKitchen } from '../store/index.ts';
import type { ConsoleChunk } from '../store/console-slice.ts';
import { consoleAt, printsOf } from './console-at.ts';

/** The console's chunks at the cursor, or null when there is no cursor (show live output). */
export function useConsoleAtCursor(): ConsoleChunk[] | null {
  const cursor = useKitchen(selectCursor);
  const events = useKitchen(selectEvents);
  // The print events are picked out only while there is a cursor: during a run the events
  // change every frame, with no cursor.
  const hasCursor = cursor !== null;
  const prints = useMemo(() => (hasCursor ? printsOf(events) : null), [events, hasCursor]);
  return useMemo(() => (cursor === null || prints === null ? null : consoleAt(prints, cursor)), [prints, cursor]);
}
