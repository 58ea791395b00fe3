// Query parameters of an embedded kitchen: what a course page writes must be read exactly,
// and anything malformed must be refused with a reason rather than guessed.

import { describe, expect, it } from 'vitest';
import { embedSnippet, parseEmbedParams } from './embed-params.ts';

describe('parseEmbedParams', () => {
  it('reads every parameter', () => {
    const p = parseEmbedParams('?embed=1&autorun=1&view=kitchen&preset=deadlock&readonly=1&origin=https://course.example.org/page');
    expect(p).toEqual({ embed: true, autorun: true, readonly: true, view: 'kitchen', preset: 'deadlock', origins: ['https://course.example.org'], problems: [] });
  });

  it('defaults to the full page', () => {
    expect(parseEmbedParams('')).toMatchObject({ embed: false, autorun: false, readonly: false, view: null, preset: null, origins: [] });
    expect(parseEmbedParams('?embed=0&autorun=false').embed).toBe(false);
  });

  it('accepts several origins and refuses malformed ones', () => {
    const p = parseEmbedParams('?origin=https://a.org,http://localhost:8080&origin=https://a.org/x&origin=notaurl&view=table');
    expect(p.origins).toEqual(['https://a.org', 'http://localhost:8080']);
    expect(p.problems).toHaveLength(2);
    expect(p.view).toBeNull();
  });
});

describe('embedSnippet', () => {
  it('gives an iframe with the chosen parameters, HTML-escaped', () => {
    const s = embedSnippet('https://k.org/app/?x=1#k1=abc', { preset: 'deadlock', view: 'timeline', autorun: true, origin: 'https://c.org' });
    expect(s).toContain('src="https://k.org/app/?embed=1&amp;preset=deadlock&amp;view=timeline&amp;autorun=1&amp;origin=https%3A%2F%2Fc.org"');
    expect(s).toMatch(/^<iframe [^>]*title="Concurrency Kitchen"[^>]*><\/iframe>$/);
  });
});
