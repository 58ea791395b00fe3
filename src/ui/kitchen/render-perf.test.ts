// How long one frame of the restaurant costs on Node: scene lookup, layout, and the SVG text,
// for 16 threads in 4 processes (the benchmark case) and 16 threads in one process.
// Prints means; asserts no wall-clock threshold (STYLE.md habit 7: timing claims live in
// benchmarks that print). The target is < 2 ms per frame so playback can hold 60 fps.

import { describe, expect, it } from 'vitest';
import { chefFigure } from './draw-chef';
import { drawParcels } from './draw-fixtures';
import { kitchenPalette } from './kitchen-palette';
import { layoutScene } from './kitchen-layout';
import { renderBackdrop, renderKitchenSvg } from './render-svg';
import { processesTrace } from './sample-traces';
import { indexTrace, sceneAt } from './scene-model';

const RUNS = 1000;

function time(label: string, f: (i: number) => number): number {
  for (let i = 0; i < 200; i++) f(i); // warm up the JIT
  const t0 = performance.now();
  let sink = 0;
  for (let i = 0; i < RUNS; i++) sink += f(i);
  const mean = (performance.now() - t0) / RUNS;
  console.log(`${label}: mean ${(mean * 1000).toFixed(1)} µs over ${RUNS} runs`);
  expect(sink).toBeGreaterThan(0);
  return mean;
}

describe('kitchen render cost', () => {
  for (const [name, procs, per] of [['16 threads in 4 processes', 4, 4], ['16 threads in 1 process', 1, 16]] as const) {
    it(name, () => {
      const idx = indexTrace(processesTrace(procs, per), 4);
      const scene = sceneAt(idx, 6000);
      const pal = kitchenPalette(false);
      time(`${name} · renderKitchenSvg (layout + SVG document)`, () => renderKitchenSvg(scene).length);
      // What the live view does per update: layout, backdrop and parcel text, chef figures.
      time(`${name} · view frame text (layout + backdrop + chefs)`, () => {
        const l = layoutScene(scene, { caption: false });
        let n = renderBackdrop(l, scene, pal).length + drawParcels(l.parcels, pal).length;
        for (const c of l.chefs) n += chefFigure(c, pal).length;
        return n;
      });
      // Playback moves the cursor every frame: include the scene lookup.
      time(`${name} · sceneAt + renderKitchenSvg`, (i) => renderKitchenSvg(sceneAt(idx, 1000 + (i % 100) * 50)).length);
    });
  }
});
