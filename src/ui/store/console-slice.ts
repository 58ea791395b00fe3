// Console slice: the output of the current run as a list of chunks, each stdout, stderr or a
// note from the kitchen itself ("Stopped."). Output arrives in batches and each batch is ONE
// `set` (STYLE.md habit 5). Neighbouring output of the same stream is merged into chunks of
// up to CHUNK_SIZE characters: few enough spans to render, yet small enough that appending
// to a long output re-renders only the last chunk (each chunk has a stable id for its key).
// Like a terminal's scrollback, only the last CONSOLE_LIMIT characters are kept: a program
// that prints without end must not make the page slower and slower.

import type { StateCreator } from 'zustand';
import type { KitchenState } from './index.ts';

export type ConsoleStream = 'stdout' | 'stderr' | 'system';

export interface ConsoleText {
  stream: ConsoleStream;
  text: string;
}

export interface ConsoleChunk extends ConsoleText {
  /** Stable identity, for React keys: a chunk keeps its id while it grows or is trimmed. */
  id: number;
}

/** Characters kept in the console; older output is dropped (with a note) beyond this. */
export const CONSOLE_LIMIT = 100_000;
/** Largest chunk that later output of the same stream is merged into. */
export const CHUNK_SIZE = 8192;

export interface ConsoleSlice {
  chunks: ConsoleChunk[];
  /** Characters dropped from the front because of CONSOLE_LIMIT. */
  dropped: number;
  nextChunkId: number;
  append(batch: readonly ConsoleText[]): void;
  clearConsole(): void;
}

export function appendChunks(
  chunks: readonly ConsoleChunk[],
  batch: readonly ConsoleText[],
  firstId: number,
): { chunks: ConsoleChunk[]; nextId: number } {
  const out = chunks.slice();
  let id = firstId;
  for (const c of batch) {
    let text = c.text;
    while (text.length > 0) {
      const last = out[out.length - 1];
      if (last && last.stream === c.stream && last.text.length < CHUNK_SIZE) {
        const room = CHUNK_SIZE - last.text.length;
        out[out.length - 1] = { ...last, text: last.text + text.slice(0, room) };
        text = text.slice(room);
      } else {
        out.push({ id: id++, stream: c.stream, text: text.slice(0, CHUNK_SIZE) });
        text = text.slice(CHUNK_SIZE);
      }
    }
  }
  return { chunks: out, nextId: id };
}

/** Drop chunks from the front until the text fits in `limit`. Whole chunks go when they can:
 *  changing the first chunk makes the browser lay out the whole console again, and dropping
 *  a whole chunk happens once per CHUNK_SIZE characters rather than on every batch. */
export function trimToLimit(chunks: ConsoleChunk[], limit: number): { chunks: ConsoleChunk[]; dropped: number } {
  let total = chunks.reduce((n, c) => n + c.text.length, 0);
  let dropped = 0;
  const out = chunks.slice();
  while (total > limit && out.length > 0) {
    const excess = total - limit;
    if (out[0].text.length <= excess) {
      dropped += out[0].text.length;
      total -= out[0].text.length;
      out.shift();
    } else {
      out[0] = { ...out[0], text: out[0].text.slice(excess) };
      dropped += excess;
      total -= excess;
    }
  }
  return { chunks: out, dropped };
}

export const createConsoleSlice: StateCreator<KitchenState, [], [], ConsoleSlice> = (set) => ({
  chunks: [],
  dropped: 0,
  nextChunkId: 0,
  append: (batch) =>
    set((s) => {
      const a = appendChunks(s.chunks, batch, s.nextChunkId);
      const t = trimToLimit(a.chunks, CONSOLE_LIMIT);
      return { chunks: t.chunks, dropped: s.dropped + t.dropped, nextChunkId: a.nextId };
    }),
  clearConsole: () => set({ chunks: [], dropped: 0 }),
});
