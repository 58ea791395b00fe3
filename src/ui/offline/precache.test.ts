// The offline list must hold every built file but the worker itself, and the worker's
// source must turn into a valid script with the list in it.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { injectPrecache, precacheList } from './precache.ts';

describe('precache', () => {
  it('lists the folder and the built files, not the worker or source maps', () => {
    expect(precacheList(['index.html', 'assets/a-1.js', 'coi-serviceworker.js', 'assets/a-1.js.map', 'examples/x.py', 'assets/a-1.js'], 'coi-serviceworker.js'))
      .toEqual(['./', 'assets/a-1.js', 'examples/x.py', 'index.html']);
  });

  it('writes the list into the service worker, which still parses', () => {
    const src = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');
    const out = injectPrecache(src, ['./', 'index.html']);
    expect(out).toContain('const PRECACHE = ["./","index.html"];');
    expect(() => new Function(out)).not.toThrow();
    expect(() => injectPrecache('nothing', [])).toThrow(/placeholder/);
  });
});
