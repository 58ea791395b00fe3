// Shortcuts must not steal keys from typing: the same key gives an action on the page and
// none in the editor or a control.

import { describe, expect, it } from 'vitest';
import { shortcutFor, type FocusContext } from './shortcuts.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});
const page: FocusContext = { inEditor: false, inControl: false, running: false };
const editor: FocusContext = { inEditor: true, inControl: true, running: false };
const button: FocusContext = { inEditor: false, inControl: true, running: false };

describe('shortcutFor', () => {
  it('maps keys on the page', () => {
    expect(shortcutFor(key(' '), page)).toBe('toggle-play');
    expect(shortcutFor(key('ArrowLeft'), page)).toBe('step-back');
    expect(shortcutFor(key('ArrowRight'), page)).toBe('step-forward');
    expect(shortcutFor(key('Home'), page)).toBe('to-start');
    expect(shortcutFor(key('End'), page)).toBe('to-end');
    expect(shortcutFor(key('Escape'), { ...page, running: true })).toBe('stop');
  });

  it('leaves typing keys to the editor and to controls', () => {
    for (const k of [' ', 'ArrowLeft', 'ArrowRight', 'Home', 'End']) {
      expect(shortcutFor(key(k), editor)).toBeNull();
      expect(shortcutFor(key(k), button)).toBeNull();
    }
    expect(shortcutFor(key('Escape'), editor)).toBeNull(); // closes Monaco's widgets instead
    expect(shortcutFor(key('Escape'), { ...editor, running: true })).toBe('stop');
  });

  it('ignores modified keys and Esc with nothing to stop', () => {
    expect(shortcutFor(key('ArrowLeft', { altKey: true }), page)).toBeNull();
    expect(shortcutFor(key(' ', { ctrlKey: true }), page)).toBeNull();
    expect(shortcutFor(key('Escape'), page)).toBeNull();
  });
});
