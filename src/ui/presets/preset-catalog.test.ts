// The presets file is content: these tests check that every entry is well formed, that each
// program exists, and that ?preset= names resolve, so a broken entry fails here, not in class.

import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examplesUrl, findPreset, parsePresets } from './preset-catalog.ts';

const dir = new URL('../../../public/examples/', import.meta.url);
const presets = parsePresets(JSON.parse(readFileSync(new URL('presets.json', dir), 'utf8')));

describe('presets.json', () => {
  it('lists every program of public/examples, each once', () => {
    for (const p of presets) expect(existsSync(new URL(p.file, dir)), p.file).toBe(true);
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
  });

  it('has a lesson for each point of the guide', () => {
    const ids = presets.map((p) => p.id);
    for (const id of ['cpu-bound-threads', 'io-bound-threads', 'cpu-bound-processes', 'io-bound-processes', 'cpu-bound-asyncio',
      'io-bound-asyncio', 'race-condition', 'race-fixed', 'deadlock', 'producer-consumer', 'blocking-in-coroutine', 'main-guard',
      'gil-vs-free-threaded']) expect(ids).toContain(id);
    expect(presets.filter((p) => p.kind === 'guide')).toHaveLength(6);
  });

  it('rejects a malformed entry', () => {
    expect(() => parsePresets({ presets: [{ id: 'x', file: 'x.py', title: 't', guide: 'g', summary: 's', kind: 'other' }] })).toThrow(/kind/);
    expect(() => parsePresets({ presets: [{ id: 'x', file: 'x.py', title: 't', guide: 'g', summary: 's', kind: 'lesson', predict: { question: 'q', choices: ['a'], answer: 0 } }] })).toThrow(/predict/);
    expect(() => parsePresets([])).toThrow(/presets/);
  });

  it('finds a preset by id or file name', () => {
    expect(findPreset(presets, 'deadlock')?.file).toBe('16_deadlock.py');
    expect(findPreset(presets, '16_deadlock.py')?.id).toBe('deadlock');
    expect(findPreset(presets, 'race_condition')?.id).toBe('race-condition');
    expect(findPreset(presets, 'nope')).toBeUndefined();
  });

  it('resolves example URLs against the page, in any folder', () => {
    expect(examplesUrl('a.py', 'https://x.org/course/kitchen/index.html')).toBe('https://x.org/course/kitchen/examples/a.py');
  });
});
