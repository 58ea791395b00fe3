// The decoded trace event type that the UI, the window.kitchen API and exports consume.
// The record format and the list of kinds are in schema.ts.
export type { TraceEvent, EventKindName } from './schema';
