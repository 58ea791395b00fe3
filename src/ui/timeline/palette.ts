// Colours and patterns of thread states. Each state differs by colour AND by pattern, so the
// timeline reads in grayscale, for colour-blind viewers and on a washed-out projector.
// Colours are from the Okabe–Ito palette (safe for the common colour-vision deficiencies).

import type { ThreadState } from '../../trace/intervals';

export type Pattern = 'solid' | 'hatch' | 'dots' | 'cross' | 'none';

export interface StateStyle {
  label: string;
  color: string;
  pattern: Pattern;
}

const BLOCKED_STYLE: StateStyle = { label: 'blocked', color: '#D55E00', pattern: 'cross' };

/** Style of a segment: its state, and for blocked segments what it waits on. */
export function stateStyle(state: ThreadState, what?: string): StateStyle {
  switch (state) {
    case 'running':
      return { label: 'running (holds the GIL)', color: '#009E73', pattern: 'solid' };
    case 'waiting-gil':
      return { label: 'waiting for the GIL', color: '#E69F00', pattern: 'hatch' };
    case 'blocked':
      if (what === 'sleep') return { label: 'sleeping', color: '#56B4E9', pattern: 'dots' };
      // An event loop idle in select, or a thread reading input: waiting for I/O, drawn like
      // sleep (the kitchen sends these chefs to the delivery door too).
      if (what === 'select' || what === 'input') return { label: `waiting for I/O (${what})`, color: '#56B4E9', pattern: 'dots' };
      return { ...BLOCKED_STYLE, label: `blocked on ${what ?? 'something'}` };
    case 'finished':
      return { label: 'finished', color: '#BBBBBB', pattern: 'none' };
  }
}

/** Style of an asyncio task's segment: running a step (solid) or suspended at an await. */
export function taskStyle(state: 'running' | 'awaiting', awaits?: string): StateStyle {
  return state === 'running'
    ? { label: 'task running', color: '#009E73', pattern: 'solid' }
    : { label: `task awaiting${awaits !== undefined ? ` ${awaits}` : ''}`, color: '#56B4E9', pattern: 'dots' };
}

/** Colours of the still parts of the timeline, standard and high contrast (for projectors
 *  and low vision: pure black ink, white lanes with a black frame, stronger patterns). */
export interface TimelineInk {
  text: string;
  laneFill: string;
  laneStroke: string | null;
  patternAlpha: number;
  axis: string;
  cursor: string;
  arrow: string;
  font: string;
}

export const STANDARD_INK: TimelineInk = { text: '#222', laneFill: '#f4f4f4', laneStroke: null, patternAlpha: 0.35, axis: '#555', cursor: '#000', arrow: '#6a3d9a', font: '12px system-ui, sans-serif' };
export const HIGH_CONTRAST_INK: TimelineInk = { text: '#000', laneFill: '#ffffff', laneStroke: '#000', patternAlpha: 0.6, axis: '#000', cursor: '#000', arrow: '#000', font: 'bold 13px system-ui, sans-serif' };

/** Per-thread colours for the GIL track (who holds it): Okabe–Ito, then repeated darker. */
const HOLDER_COLORS = ['#0072B2', '#CC79A7', '#009E73', '#E69F00', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
export function holderColor(index: number): string {
  return HOLDER_COLORS[index % HOLDER_COLORS.length]!;
}
