import { describe, expect, it } from 'vitest';
import { layoutScene, SLOT_W, type Box, type SceneLayout } from './kitchen-layout';
import { processesTrace, threadsTrace } from './sample-traces';
import { indexTrace, sceneAt, type Chef, type ChefPlace, type Scene, type Ticket } from './scene-model';

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, b: Box): boolean => a.x >= b.x - 1e-6 && a.y >= b.y - 1e-6 && a.x + a.w <= b.x + b.w + 1e-6 && a.y + a.h <= b.y + b.h + 1e-6;

/** A scene with `places[k][i]` the place of chef i of kitchen k. */
function sceneOf(places: ChefPlace[][], extra: Partial<Scene> = {}): Scene {
  const kitchens = places.map((ps, k) => {
    const pid = 1000 + k;
    let q = 0;
    const chefs: Chef[] = ps.map((place, i) => ({
      pid, tid: i + 1, name: `worker-${k}-${i + 1}`, place,
      ...(place === 'queue' || place === 'arriving' ? { queuePos: q++ } : {}),
      ...(place === 'pantry' ? { waitingFor: 'lock', keyHeldBy: 'MainThread' } : place === 'away' ? { waitingFor: 'sleep' } : {}),
    }));
    const cook = chefs.find((c) => c.place === 'stove');
    return { pid, name: `pid ${pid}`, lit: cook !== undefined, cook: cook?.name, chefs, rail: [] as Ticket[] };
  });
  return { t: 0, mode: kitchens.length > 1 ? 'processes' : 'threads', cores: 4, kitchens, parcels: [], caption: 'A caption.', ...extra };
}

/** Every check that makes a layout readable: nothing overlaps, everything is where it belongs. */
function checkLayout(l: SceneLayout): void {
  const page = { x: 0, y: 0, w: l.width, h: l.height };
  for (const k of l.kitchens) expect(inside(k, l.building)).toBe(true);
  for (let i = 0; i < l.kitchens.length; i++) {
    for (let j = i + 1; j < l.kitchens.length; j++) expect(overlaps(l.kitchens[i]!, l.kitchens[j]!)).toBe(false);
  }
  for (const c of l.chefs) {
    const k = l.kitchens.find((k) => k.pid === c.chef.pid)!;
    expect(inside(c, page)).toBe(true);
    expect(inside(c, k)).toBe(true);
    const region = c.region === 'door' ? k.door : c.region === 'stove' ? k.stove : c.region === 'queue' ? k.queue : c.region === 'pantry' ? k.pantry : k.bench;
    expect(inside(c, region), `${c.key} in its ${c.region}`).toBe(true);
  }
  for (let i = 0; i < l.chefs.length; i++) {
    for (let j = i + 1; j < l.chefs.length; j++) {
      expect(overlaps(l.chefs[i]!, l.chefs[j]!), `${JSON.stringify([l.chefs[i], l.chefs[j]].map((c) => [c!.key, c!.region, c!.chef.place, c!.x, c!.y, c!.w]))}`).toBe(false);
    }
  }
  const regions = l.kitchens.flatMap((k) => [k.door, k.stove, k.queue, k.pantry, k.bench, ...(k.rail !== undefined ? [k.rail] : [])]);
  for (let i = 0; i < regions.length; i++) {
    for (let j = i + 1; j < regions.length; j++) expect(overlaps(regions[i]!, regions[j]!)).toBe(false);
  }
}

const PLACES: ChefPlace[] = ['stove', 'queue', 'away', 'pantry', 'done', 'arriving'];

describe('layoutScene', () => {
  it('fits 16 chefs in 4 kitchens without overlap, whatever their places', () => {
    // Every place for everyone, then mixes that rotate through the places.
    for (const place of PLACES) checkLayout(layoutScene(sceneOf([0, 1, 2, 3].map(() => [place, place, place, place]))));
    for (let shift = 0; shift < PLACES.length; shift++) {
      const places = [0, 1, 2, 3].map((k) => [0, 1, 2, 3].map((i) => PLACES[(k + i + shift) % PLACES.length]!));
      checkLayout(layoutScene(sceneOf(places)));
    }
    // And from a trace, at several instants.
    const idx = indexTrace(processesTrace(4, 4), 4);
    for (const t of [5, 15, 35, 1000, 6000]) checkLayout(layoutScene(sceneAt(idx, t)));
    const l = layoutScene(sceneAt(idx, 6000));
    expect(l.chefs).toHaveLength(16);
    expect(l.kitchens).toHaveLength(4);
  });

  it('fits 16 chefs in one kitchen, all queued or all at the pantry', () => {
    for (const place of PLACES) checkLayout(layoutScene(sceneOf([Array.from({ length: 16 }, () => place)])));
    checkLayout(layoutScene(sceneAt(indexTrace(processesTrace(1, 16), 4), 6000)));
  });

  it('arranges four kitchens as a 2 × 2 grid, close to a 16:9 screen', () => {
    const l = layoutScene(sceneOf([0, 1, 2, 3].map(() => ['stove', 'queue', 'away', 'pantry'])));
    expect(new Set(l.kitchens.map((k) => k.x)).size).toBe(2);
    expect(new Set(l.kitchens.map((k) => k.y)).size).toBe(2);
    expect(l.width / l.height).toBeGreaterThan(1);
    expect(l.width / l.height).toBeLessThan(2.5);
  });

  it('keeps its size while chefs change places, so playback does not jump', () => {
    const idx = indexTrace(threadsTrace(), 4);
    const sizes = [100, 5015, 5500, 11500, 20000].map((t) => {
      const l = layoutScene(sceneAt(idx, t));
      return `${l.width}x${l.height}`;
    });
    expect(new Set(sizes).size).toBe(1);
  });

  it('starts the queue beside the cook, in queue order, and puts the tapping hand on the cook', () => {
    const idx = indexTrace(threadsTrace(), 4);
    const l = layoutScene(sceneAt(idx, 100));
    const cook = l.chefs.find((c) => c.region === 'stove')!;
    const first = l.chefs.find((c) => c.chef.queuePos === 0)!;
    const second = l.chefs.find((c) => c.chef.queuePos === 1)!;
    expect(first.y).toBe(cook.y);
    expect(first.x).toBeGreaterThan(cook.x);
    expect(first.x - cook.x).toBeLessThan(2 * SLOT_W);
    expect(second.x).toBeGreaterThan(first.x);

    const tap = layoutScene(sceneAt(idx, 5015));
    const tapper = tap.chefs.find((c) => c.chef.tapping === true)!;
    const cook2 = tap.chefs.find((c) => c.region === 'stove')!;
    expect(tapper.tapTo).toBeDefined();
    const hand = { x: tapper.x + tapper.tapTo!.x, y: tapper.y + tapper.tapTo!.y, w: 0, h: 0 };
    expect(inside(hand, cook2)).toBe(true);
  });

  it('routes parcels along the corridors from hatch to hatch, never through a kitchen', () => {
    const base = sceneOf([0, 1, 2, 3].map(() => ['stove']));
    for (const [from, to] of [[1000, 1001], [1000, 1003], [1001, 1002], [1003, 1000], [1000, 1002]] as const) {
      for (const progress of [0, 0.3, 0.5, 1]) {
        const l = layoutScene({ ...base, parcels: [{ from, to, progress }] });
        const [p] = l.parcels;
        const a = l.kitchens.find((k) => k.pid === from)!;
        const b = l.kitchens.find((k) => k.pid === to)!;
        expect(p!.path[0]).toEqual(a.hatch);
        expect(p!.path[p!.path.length - 1]).toEqual(b.hatch);
        if (progress === 0) expect(p!.at).toEqual(a.hatch);
        if (progress === 1) expect(p!.at).toEqual(b.hatch);
        for (let i = 1; i < p!.path.length; i++) {
          const [u, v] = [p!.path[i - 1]!, p!.path[i]!];
          expect(u.x === v.x || u.y === v.y).toBe(true);
          // Shrink each kitchen by a hair: the path may touch a hatch on the wall.
          const seg = { x: Math.min(u.x, v.x), y: Math.min(u.y, v.y), w: Math.abs(u.x - v.x), h: Math.abs(u.y - v.y) };
          for (const k of l.kitchens) expect(overlaps(seg, { x: k.x + 1, y: k.y + 1, w: k.w - 2, h: k.h - 2 })).toBe(false);
        }
      }
    }
  });

  it('shows as many tickets as fit, always the cooking one, and counts the rest', () => {
    const rail: Ticket[] = Array.from({ length: 40 }, (_, i) => ({ task: i + 1, name: `Task-${i + 1}`, state: i === 37 ? 'cooking' : 'waiting', awaits: 'sleep' }));
    const scene = sceneOf([['stove']], { mode: 'asyncio' });
    scene.kitchens[0]!.rail = rail;
    const l = layoutScene(scene);
    const k = l.kitchens[0]!;
    expect(k.rail).toBeDefined();
    expect(k.tickets.length).toBeGreaterThan(0);
    expect(k.tickets.length + k.moreTickets).toBe(40);
    expect(k.tickets.some((t) => t.ticket.name === 'Task-38')).toBe(true);
    for (const t of k.tickets) expect(inside(t, k.rail!)).toBe(true);
    checkLayout(l);
  });

  it('wraps a long caption into at most three lines', () => {
    const long = 'The whole rail is frozen: Task-2 made a blocking call inside a coroutine, so the event loop cannot switch to any other ticket until it returns. '.repeat(3);
    const l = layoutScene({ ...sceneOf([['stove']]), caption: long });
    expect(l.caption!.lines.length).toBeLessThanOrEqual(3);
    expect(l.caption!.size).toBeLessThan(28);
    const noCaption = layoutScene(sceneOf([['stove']]), { caption: false });
    expect(noCaption.caption).toBeUndefined();
    expect(noCaption.height).toBeLessThan(l.height);
  });
});
