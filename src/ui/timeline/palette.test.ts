// Each thread state (and each task state) differs from every other by colour AND by pattern,
// so the timeline reads in grayscale, for colour-blind viewers and on a washed-out projector.
import { describe, expect, it } from 'vitest';
import { stateStyle, taskStyle, HIGH_CONTRAST_INK, STANDARD_INK } from './palette';

/** Relative luminance (WCAG 2): what a state looks like in grayscale. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('state styles', () => {
  const states = [stateStyle('running'), stateStyle('waiting-gil'), stateStyle('blocked', 'sleep'), stateStyle('blocked', 'lock')];
  it('give every drawn thread state its own colour and its own pattern', () => {
    expect(new Set(states.map((s) => s.color)).size).toBe(states.length);
    expect(new Set(states.map((s) => s.pattern)).size).toBe(states.length);
    expect(new Set(states.map((s) => s.label)).size).toBe(states.length);
  });
  it('leave only running solid: in grayscale green and vermillion are nearly the same grey, so the pattern tells them apart', () => {
    expect(states.filter((s) => s.pattern === 'solid').map((s) => s.label)).toEqual(['running (holds the GIL)']);
    expect(Math.abs(luminance(stateStyle('running').color) - luminance(stateStyle('blocked', 'lock').color))).toBeLessThan(0.05);
  });
  it('tell a running task from an awaiting one by colour and pattern', () => {
    const a = taskStyle('running');
    const b = taskStyle('awaiting', 'sleep 0.5');
    expect(a.color).not.toBe(b.color);
    expect(a.pattern).not.toBe(b.pattern);
    expect(b.label).toBe('task awaiting sleep 0.5');
  });
  it('has a high-contrast ink: black text, framed lanes, stronger patterns', () => {
    expect(HIGH_CONTRAST_INK.text).toBe('#000');
    expect(HIGH_CONTRAST_INK.laneStroke).not.toBeNull();
    expect(HIGH_CONTRAST_INK.patternAlpha).toBeGreaterThan(STANDARD_INK.patternAlpha);
  });
});
