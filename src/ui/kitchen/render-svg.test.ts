import { describe, expect, it } from 'vitest';
import { renderKitchenSvg } from './render-svg';
import { asyncioTrace, ev, processesTrace, sequentialTrace, threadsTrace } from './sample-traces';
import { indexTrace, sceneAt, type Scene } from './scene-model';
import { checkWellFormed, elementsWith } from './svg-inspect';

const render = (events: Parameters<typeof indexTrace>[0], cores: number, t: number, hc = false): { scene: Scene; svg: string } => {
  const scene = sceneAt(indexTrace(events, cores), t);
  const svg = renderKitchenSvg(scene, { highContrast: hc });
  checkWellFormed(svg);
  return { scene, svg };
};
const chefs = (svg: string): Map<string, Record<string, string>> => new Map(elementsWith(svg, 'data-chef').map((a) => [a['data-chef']!, a]));
const chefGroup = (svg: string, name: string): string => {
  const start = svg.indexOf(`<g data-chef="${name}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  return svg.slice(start, svg.indexOf('</g>', start));
};

describe('renderKitchenSvg: sequential', () => {
  it('draws one chef cooking at a lit stove, then away on a sleep with the stove dark', () => {
    const cooking = render(sequentialTrace(), 1, 100).svg;
    expect(cooking).toContain('data-mode="sequential"');
    expect(elementsWith(cooking, 'data-kitchen').map((k) => k['data-kitchen'])).toEqual(['100']);
    expect(chefs(cooking).get('MainThread')!['data-place']).toBe('stove');
    expect(cooking).toContain('data-stove-lit="true"');
    expect(cooking).toContain('1 core \u00b7 1 of 1 kitchen lit');
    expect(cooking).toContain('One chef cooks the orders one after another.');

    const away = render(sequentialTrace(), 1, 5000).svg;
    const main = chefs(away).get('MainThread')!;
    expect(main['data-place']).toBe('away');
    expect(main['data-waiting-for']).toBe('sleep');
    expect(away).toContain('data-stove-lit="false"');
    expect(away).toContain('1 core \u00b7 0 of 1 kitchen lit');
    expect(chefGroup(away, 'MainThread')).toContain('>sleep</text>');
  });
});

describe('renderKitchenSvg: threads', () => {
  const trace = threadsTrace();

  it('puts the GIL holder at the stove and the others in the queue in order', () => {
    const { svg } = render(trace, 4, 100);
    expect(svg).toContain('data-mode="threads"');
    const c = chefs(svg);
    expect(c.get('MainThread')!['data-place']).toBe('stove');
    expect(c.get('cook-1')).toMatchObject({ 'data-place': 'queue', 'data-queue-pos': '0' });
    expect(c.get('cook-2')).toMatchObject({ 'data-place': 'queue', 'data-queue-pos': '1' });
    expect(c.get('cook-3')!['data-place']).toBe('arriving');
    expect(svg).toContain('data-stove-lit="true"');
    expect(svg).toContain('cooking: MainThread');
  });

  it('shows the drop request as the waiting chef tapping the cook, with a "tap" mark', () => {
    const { svg } = render(trace, 4, 5015);
    const c = chefs(svg);
    expect(c.get('cook-1')!['data-tapping']).toBe('true');
    expect(chefGroup(svg, 'cook-1')).toContain('data-tap="true"');
    expect(chefGroup(svg, 'MainThread')).not.toContain('data-tap');
    expect(svg).toContain('cook-1 taps MainThread on the shoulder');
  });

  it('sends a sleeping chef to the door and a lock waiter to the pantry with the key holder', () => {
    const { svg } = render(trace, 4, 11500);
    const c = chefs(svg);
    expect(c.get('cook-1')).toMatchObject({ 'data-place': 'away', 'data-waiting-for': 'sleep' });
    expect(c.get('cook-2')).toMatchObject({ 'data-place': 'pantry', 'data-waiting-for': 'lock', 'data-key-held-by': 'cook-1' });
    expect(chefGroup(svg, 'cook-2')).toContain('key: cook-1');
    expect(svg).toContain('data-lock="shut"');
    expect(c.get('cook-3')!['data-place']).toBe('stove');
  });

  it('fades finished chefs on the bench and shows a join at the pantry', () => {
    const { svg } = render(trace, 4, 20000);
    const c = chefs(svg);
    expect(c.get('cook-3')!['data-place']).toBe('done');
    expect(c.get('cook-3')!.opacity).toBe('0.45');
    expect(c.get('MainThread')).toMatchObject({ 'data-place': 'pantry', 'data-waiting-for': 'join' });
    // Nobody at the stove: the kitchen and the building say so.
    expect(svg).toContain('data-stove-lit="false"');
    expect(svg).toContain('data-lit="false"');
  });
});

describe('renderKitchenSvg: processes', () => {
  it('draws one lit kitchen per process, the cores, and parcels between kitchens', () => {
    const { svg } = render(processesTrace(4, 4), 4, 6000);
    expect(svg).toContain('data-mode="processes"');
    const kitchens = elementsWith(svg, 'data-kitchen');
    expect(kitchens.map((k) => k['data-kitchen'])).toEqual(['4242', '4243', '4244', '4245']);
    expect(kitchens.every((k) => k['data-lit'] === 'true')).toBe(true);
    expect(elementsWith(svg, 'data-stove-lit').filter((s) => s['data-stove-lit'] === 'true')).toHaveLength(4);
    expect(elementsWith(svg, 'data-chef')).toHaveLength(16);
    expect(svg).toContain('data-cores="4" data-lit-kitchens="4"');
    expect(elementsWith(svg, 'data-core-busy').filter((c) => c['data-core-busy'] === 'true')).toHaveLength(4);
    expect(svg).toContain('MainProcess \u00b7 pid 4242');
    // Each message goes to the process the send names.
    expect(elementsWith(svg, 'data-parcel').map((p) => p['data-parcel'])).toEqual(['4242-4243', '4242-4244', '4242-4245']);
    expect(svg).toContain('4 kitchens are cooking at the same time');
  });

  it('lights only the kitchens whose process has a chef cooking', () => {
    const events = processesTrace(2, 2);
    events.push(ev(2000, 4243, 1, 'gil-drop', { reason: 'blocking' }), ev(2000, 4243, 1, 'block', { what: 'sleep' }));
    const { svg } = render(events, 2, 3000);
    expect(elementsWith(svg, 'data-kitchen').map((k) => k['data-lit'])).toEqual(['true', 'false']);
    expect(svg).toContain('2 cores \u00b7 1 of 2 kitchens lit');
  });
});

describe('renderKitchenSvg: asyncio', () => {
  it('hangs the tasks on the rail as tickets: cooking, waiting for what, ready', () => {
    const { svg } = render(asyncioTrace(), 1, 45);
    expect(svg).toContain('data-mode="asyncio"');
    const tickets = new Map(elementsWith(svg, 'data-ticket').map((t) => [t['data-ticket'], t['data-ticket-state']]));
    expect(tickets).toEqual(new Map([['Task-1', 'waiting'], ['Task-2', 'cooking'], ['fetch-menu', 'ready']]));
    expect(svg).toContain('waits: sleep 0.5');
    expect(svg).toContain('data-rail-frozen="false"');
  });

  it('freezes the whole rail when a coroutine makes a blocking call', () => {
    const { svg } = render(asyncioTrace(), 1, 60);
    expect(svg).toContain('data-rail-frozen="true"');
    // A one-chef kitchen is narrow: the label takes its shorter wording.
    expect(svg).toContain('data-frozen-label="true">FROZEN: Task-2 blocks (line 9)</text>');
    expect(chefs(svg).get('MainThread')!['data-place']).toBe('away');
    expect(svg).toContain('The whole rail is frozen');
  });
});

describe('renderKitchenSvg: output', () => {
  it('is deterministic: the same scene gives the same bytes', () => {
    for (const [trace, cores, t] of [[threadsTrace(), 4, 5015], [processesTrace(4, 4), 4, 6000], [asyncioTrace(), 1, 60]] as const) {
      const a = render(trace, cores, t).svg;
      const b = render(trace, cores, t).svg;
      expect(a).toBe(b);
      expect(render(trace, cores, t, true).svg).toBe(render(trace, cores, t, true).svg);
    }
  });

  it('has a high-contrast variant with heavier strokes and no faint fading', () => {
    const normal = render(threadsTrace(), 4, 20000).svg;
    const hc = render(threadsTrace(), 4, 20000, true).svg;
    expect(hc).not.toBe(normal);
    expect(hc).toContain('data-high-contrast="true"');
    expect(normal).toContain('data-high-contrast="false"');
    expect(chefs(hc).get('cook-3')!.opacity).toBe('0.8');
    const widths = (s: string): number => Math.max(...[...s.matchAll(/stroke-width="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(widths(hc)).toBeGreaterThan(widths(normal));
  });

  it('escapes names from the program and keeps them in a title when cut', () => {
    const events = [
      ev(0, 9, 1, 'thread-start', { name: 'a<b>&"c" with a very long name' }),
      ev(0, 9, 1, 'gil-take', { switched: true }),
    ];
    const { svg } = render(events, 1, 10);
    expect(svg).toContain('data-chef="a&lt;b&gt;&amp;&quot;c&quot; with a very long name"');
    expect(svg).toContain('<title>a&lt;b&gt;&amp;&quot;c&quot; with a very long name (pid 9, thread 1): cooking</title>');
    expect(svg).toContain('\u2026');
  });

  it('draws an empty building before the run has any event', () => {
    const svg = renderKitchenSvg(sceneAt(indexTrace([], 2), 0));
    checkWellFormed(svg);
    expect(svg).toContain('2 cores \u00b7 0 of 0 kitchens lit');
    expect(elementsWith(svg, 'data-kitchen')).toHaveLength(0);
    expect(svg).toContain('The kitchen is quiet.');
  });

  it('uses no external resources', () => {
    const { svg } = render(processesTrace(4, 4), 4, 6000);
    expect(svg).not.toMatch(/href=|url\(|@import|<image/);
  });
});
