// Decoding TraceLog records into TraceEvent objects, resolving string-table arguments and
// the enum-coded arguments (block reasons, drop reasons) back into names.

import type { TraceLog } from './ring';
import { ARG_NAMES, BlockReason, DropReason, STRING_ARGS, kindName, type TraceEvent } from './schema';

const BLOCK_NAMES: string[] = [];
for (const [n, v] of Object.entries(BlockReason)) BLOCK_NAMES[v] = n;
const DROP_NAMES: string[] = [];
for (const [n, v] of Object.entries(DropReason)) DROP_NAMES[v] = n;

/** The run's string table: index → string (index 0 is the empty string). */
export type StringTable = readonly string[];

export function decodeEvent(log: TraceLog, slot: number, strings: StringTable): TraceEvent {
  const w = log.recordIndex(slot);
  const i32 = log.i32;
  const kind = kindName(i32[w + 2]!);
  if (kind === undefined) throw new Error(`trace record ${slot} has unknown kind ${i32[w + 2]}`);
  const ev: TraceEvent = { t: log.f64[w >> 1]!, pid: i32[w + 3]!, tid: i32[w + 4]!, kind };
  const line = i32[w + 5]!;
  if (line > 0) ev.line = line;
  const names = ARG_NAMES[kind];
  for (let k = 0; k < names.length; k++) {
    const name = names[k];
    if (name === undefined) continue;
    const raw = i32[w + 6 + k]!;
    if (STRING_ARGS.has(name)) ev[name] = strings[raw] ?? '';
    else if ((kind === 'block' || kind === 'unblock' || kind === 'acquire' || kind === 'release') && name === 'what') ev[name] = BLOCK_NAMES[raw] ?? 'unknown';
    else if (kind === 'gil-drop' && name === 'reason') ev[name] = DROP_NAMES[raw] ?? 'unknown';
    else if (kind === 'gil-take' && name === 'switched') ev[name] = raw !== 0;
    else ev[name] = raw;
  }
  return ev;
}
