// Browser side of tools/bench-views.ts: bundled by esbuild and loaded into a blank Chromium
// page. It mounts the real timeline and kitchen views and drives them frame by frame with
// requestAnimationFrame, recording the interval between frames and the time each frame's
// drawing took.

import { createTimeline } from '../src/ui/timeline/create-timeline';
import { syntheticTrace } from '../src/ui/timeline/synthetic-trace';
import { createKitchenView } from '../src/ui/kitchen/create-kitchen-view';
import { indexTrace, sceneAt } from '../src/ui/kitchen/scene-model';
import type { TraceEvent } from '../src/trace/schema';

export interface FrameStats {
  frames: number;
  fps: number;
  /** Drawing time per frame, ms. */
  meanDraw: number;
  p95Draw: number;
  maxDraw: number;
  /** Interval between frames, ms. */
  p95Interval: number;
  setupMs: number;
}

function summarise(intervals: number[], draws: number[], elapsed: number, setupMs: number): FrameStats {
  const sorted = [...draws].sort((a, b) => a - b);
  const iv = [...intervals].sort((a, b) => a - b);
  return {
    frames: draws.length,
    fps: (intervals.length * 1000) / elapsed,
    meanDraw: draws.reduce((a, b) => a + b, 0) / draws.length,
    p95Draw: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    maxDraw: sorted[sorted.length - 1] ?? 0,
    p95Interval: iv[Math.floor(iv.length * 0.95)] ?? 0,
    setupMs,
  };
}

/** Runs `frame(i)` in `count` animation frames; returns its costs and the frame intervals. */
function frames(count: number, frame: (i: number) => number): Promise<{ intervals: number[]; draws: number[]; elapsed: number }> {
  return new Promise((resolve) => {
    const intervals: number[] = [];
    const draws: number[] = [];
    let last = 0;
    let first = 0;
    let i = 0;
    const tick = (now: number): void => {
      if (i > 0) intervals.push(now - last);
      else first = now;
      last = now;
      if (i === count) {
        resolve({ intervals, draws, elapsed: now - first });
        return;
      }
      draws.push(frame(i++));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

function host(width: number, height: number): HTMLElement {
  document.body.innerHTML = '';
  const node = document.createElement('div');
  node.style.cssText = `width:${width}px;height:${height}px;overflow:hidden`;
  document.body.append(node);
  return node;
}

/** Pan and zoom over a synthetic trace of about `n` events: 60 frames zooming in towards the
 *  middle, 60 panning, 60 zooming back out. */
export async function benchTimeline(n: number): Promise<FrameStats & { events: number; segments: number }> {
  const events = syntheticTrace({ events: n, threadsPerProcess: 8 });
  const node = host(1280, 400);
  const t0 = performance.now();
  const tl = createTimeline(node, { platform: 'virtual', cores: 4 });
  tl.update(events);
  tl.drawNow();
  const setupMs = performance.now() - t0;
  // Collect the garbage of the setup (a million decoded events' worth), so the frames
  // measure panning and zooming rather than the collector catching up with the build.
  (window as unknown as { gc?: () => void }).gc?.();
  const model = tl.getModel();
  const { start, end } = model;
  const span = end - start;
  const mid = start + span / 2;
  const windows: { t0: number; t1: number }[] = [];
  for (let i = 0; i < 60; i++) {
    const w = span * Math.pow(0.9, i + 1);
    windows.push({ t0: mid - w / 2, t1: mid + w / 2 });
  }
  const last = windows[windows.length - 1]!;
  for (let i = 0; i < 60; i++) {
    const d = ((last.t1 - last.t0) * (i + 1)) / 20;
    windows.push({ t0: last.t0 + d, t1: last.t1 + d });
  }
  for (let i = 59; i >= 0; i--) windows.push(windows[i]!);
  // One unmeasured pass first (the JIT compiles the drawing code, the levels of detail are
  // built), then the garbage is collected and the same pass is measured.
  await frames(windows.length, (i) => {
    tl.setWindow(windows[i]!);
    return tl.drawNow();
  });
  (window as unknown as { gc?: () => void }).gc?.();
  const r = await frames(windows.length, (i) => {
    tl.setWindow(windows[i]!);
    return tl.drawNow();
  });
  tl.destroy();
  return { ...summarise(r.intervals, r.draws, r.elapsed, setupMs), events: events.length, segments: model.segments.length };
}

/** Playback of a trace in the kitchen view for `seconds`, at the speed that plays the whole
 *  trace in that time: every frame is a new instant (sceneAt + view update). */
export async function benchKitchen(events: TraceEvent[], cores: number, seconds: number): Promise<FrameStats & { chefs: number; kitchens: number }> {
  const node = host(1280, 720);
  const t0 = performance.now();
  const index = indexTrace(events, cores);
  const view = createKitchenView(node, {});
  const start = events[0]!.t;
  const end = events[events.length - 1]!.t;
  view.update(sceneAt(index, start));
  const setupMs = performance.now() - t0;
  const count = Math.round(seconds * 60);
  let chefs = 0;
  let kitchens = 0;
  const r = await frames(count, (i) => {
    const f0 = performance.now();
    const scene = sceneAt(index, start + ((end - start) * i) / count);
    view.update(scene);
    chefs = Math.max(chefs, scene.kitchens.reduce((n, k) => n + k.chefs.length, 0));
    kitchens = Math.max(kitchens, scene.kitchens.length);
    return performance.now() - f0;
  });
  view.destroy();
  return { ...summarise(r.intervals, r.draws, r.elapsed, setupMs), chefs, kitchens };
}

(window as unknown as Record<string, unknown>).benchViews = { benchTimeline, benchKitchen, syntheticTrace };
