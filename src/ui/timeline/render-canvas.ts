// Draws the timeline on a canvas. Dense traces stay fast: each lane keeps its intervals in
// an array sorted by start (intervals.ts), the renderer finds the first visible one by binary
// search and stops after the last, and intervals narrower than a pixel are merged — every
// pixel column shows the state that covered most of it, the cores track the most threads
// that ran in it. So a frame costs about one step per visible interval wider than a pixel
// plus one per pixel column. Lanes of more than LOD_MIN_ITEMS intervals are, when zoomed out,
// drawn from a pyramid of per-bucket summaries (lod.ts) built once per model, and markers
// skip ahead by binary search, so a frame's cost depends on the canvas width, not on the
// length of the trace.

import type { Segment, TraceModel } from '../../trace/intervals';
import { buildCoverageLod, buildMaxLod, forEachBucket, levelFor, LOD_MIN_ITEMS, type Lod } from './lod';
import { firstVisible, lowerBound, threadLane, type Lane } from './layout';
import { holderColor, stateStyle, taskStyle, STANDARD_INK, type Pattern, type TimelineInk } from './palette';
import { formatMicros, niceTicks, type ViewWindow } from './view-window';

export interface CanvasFrame {
  ctx: CanvasRenderingContext2D;
  width: number;
  labelWidth: number;
  window: ViewWindow;
  lanes: Lane[];
  model: TraceModel;
  cores: number;
  cursor?: number;
  holderIndex: Map<number, number>;
  /** Height of the lanes; the time axis is drawn under them. */
  lanesHeight: number;
  platform: 'shared' | 'virtual';
  ink?: TimelineInk;
}

export const AXIS_HEIGHT = 22;

const patternCache = new Map<string, CanvasPattern | null>();

function patternFor(ctx: CanvasRenderingContext2D, pattern: Pattern, color: string, alpha: number): CanvasPattern | string {
  if (pattern === 'solid' || pattern === 'none') return color;
  const key = `${pattern}|${color}|${alpha}`;
  let p = patternCache.get(key);
  if (p === undefined) {
    const tile = new OffscreenCanvas(8, 8);
    const t = tile.getContext('2d')!;
    t.fillStyle = color;
    t.globalAlpha = alpha;
    t.fillRect(0, 0, 8, 8);
    t.globalAlpha = 1;
    t.strokeStyle = color;
    t.fillStyle = color;
    t.lineWidth = 2;
    if (pattern === 'hatch') {
      t.beginPath(); t.moveTo(0, 8); t.lineTo(8, 0); t.moveTo(-2, 2); t.lineTo(2, -2); t.moveTo(6, 10); t.lineTo(10, 6); t.stroke();
    } else if (pattern === 'dots') {
      t.beginPath(); t.arc(4, 4, 1.6, 0, Math.PI * 2); t.fill();
    } else if (pattern === 'cross') {
      t.beginPath(); t.moveTo(0, 0); t.lineTo(8, 8); t.moveTo(8, 0); t.lineTo(0, 8); t.stroke();
    }
    p = ctx.createPattern(tile, 'repeat');
    patternCache.set(key, p);
  }
  return p ?? color;
}

/** Pyramids per interval array (a model's arrays never change once built). */
const lods = new WeakMap<object, Lod>();
function lodOf(key: object, size: number, build: () => Lod): Lod | undefined {
  if (size < LOD_MIN_ITEMS) return undefined;
  let l = lods.get(key);
  if (l === undefined) lods.set(key, (l = build()));
  return l;
}

/** Thread-state classes of the pyramids: each has its own colour and pattern. */
const THREAD_CLASSES = [stateStyle('running'), stateStyle('waiting-gil'), stateStyle('blocked', 'sleep'), stateStyle('blocked', 'lock')];
const threadClass = (s: Segment): number =>
  s.state === 'running' ? 0 : s.state === 'waiting-gil' ? 1 : s.state === 'blocked' ? (s.what === 'sleep' || s.what === 'select' || s.what === 'input' ? 2 : 3) : -1;
const HOLDER_CLASSES = 8;

/** Draws a pyramid level: runs of buckets with the same dominant class become one rectangle,
 *  patterned when it is wide enough for the pattern to show. */
function drawLod(ctx: CanvasRenderingContext2D, lod: Lod, level: number, w: ViewWindow, xOf: (t: number) => number, y: number, h: number,
  fillOf: (cls: number, wide: boolean) => string | CanvasPattern): void {
  let runStart = 0;
  let runEnd = 0;
  let runCls = -1;
  const flush = (): void => {
    if (runCls < 0) return;
    const x0 = xOf(Math.max(runStart, w.t0));
    const x1 = xOf(Math.min(runEnd, w.t1));
    if (x1 <= x0) return;
    ctx.fillStyle = fillOf(runCls, x1 - x0 >= PATTERN_MIN_PX);
    ctx.fillRect(x0, y, Math.max(1, x1 - x0), h);
  };
  forEachBucket(lod, level, w.t0, w.t1, (start, end, cls) => {
    if (cls === runCls && start <= runEnd + 1e-9) {
      runEnd = end;
      return;
    }
    flush();
    runStart = start;
    runEnd = end;
    runCls = cls;
  });
  flush();
}

const PATTERN_MIN_PX = 6;

interface Interval {
  start: number;
  end: number;
}

/**
 * Draws the visible part of `items` (sorted by start, not overlapping) into a band. Wide
 * intervals get their own fill; a pixel column crossed only by narrow ones is filled as the
 * one that covered most of it (`narrowFill`: plain colour, patterns are invisible in 1 px).
 */
function drawIntervals<T extends Interval>(
  ctx: CanvasRenderingContext2D, items: readonly T[], w: ViewWindow, xOf: (t: number) => number, y: number, h: number,
  fill: (s: T) => string | CanvasPattern | null, narrowFill: (s: T) => string | null,
): void {
  // A pattern needs a few pixels to show, and filling with one costs far more than with a
  // plain colour (thousands of narrow patterned rectangles halved the frame rate at 1M
  // events), so intervals under PATTERN_MIN_PX wide get their plain colour.
  let col = -1;
  let best = 0;
  let bestItem: T | undefined;
  const flush = (): void => {
    if (bestItem === undefined) return;
    const f = narrowFill(bestItem);
    if (f !== null) {
      ctx.fillStyle = f;
      ctx.fillRect(col, y, 1, h);
    }
    bestItem = undefined;
  };
  for (let i = firstVisible(items, w.t0); i < items.length; i++) {
    const s = items[i]!;
    if (s.start >= w.t1) break;
    const x0 = xOf(Math.max(s.start, w.t0));
    const x1 = xOf(Math.min(s.end, w.t1));
    if (x1 - x0 >= 1) {
      flush();
      col = -1;
      const f = x1 - x0 >= PATTERN_MIN_PX ? fill(s) : narrowFill(s);
      if (f !== null) {
        ctx.fillStyle = f;
        ctx.fillRect(x0, y, x1 - x0, h);
      }
    } else {
      const c = Math.floor(x0);
      if (c !== col) {
        flush();
        col = c;
        best = 0;
      }
      if (x1 - x0 > best || bestItem === undefined) {
        best = x1 - x0;
        bestItem = s;
      }
    }
  }
  flush();
}

export function drawTimeline(f: CanvasFrame): void {
  const { ctx, width, labelWidth, window: w, lanes, model } = f;
  const ink = f.ink ?? STANDARD_INK;
  const plot = width - labelWidth;
  const scale = plot / Math.max(1e-9, w.t1 - w.t0);
  const xOf = (t: number): number => labelWidth + (t - w.t0) * scale;
  ctx.save();
  ctx.font = ink.font;
  ctx.textBaseline = 'middle';
  for (const lane of lanes) {
    ctx.fillStyle = ink.text;
    ctx.fillText(lane.label, 4, lane.y + lane.height / 2, labelWidth - 8);
    ctx.fillStyle = ink.laneFill;
    ctx.fillRect(labelWidth, lane.y, plot, lane.height);
    if (ink.laneStroke !== null) {
      ctx.strokeStyle = ink.laneStroke;
      ctx.lineWidth = 1;
      ctx.strokeRect(labelWidth + 0.5, lane.y + 0.5, plot - 1, lane.height - 1);
    }
    const perPx = (w.t1 - w.t0) / Math.max(1, plot);
    if (lane.kind === 'thread') {
      const lod = lodOf(lane.segments, lane.segments.length, () => buildCoverageLod(lane.segments, model.start, model.end, THREAD_CLASSES.length, threadClass));
      const level = lod === undefined ? -1 : levelFor(lod, perPx);
      if (lod !== undefined && level >= 0) {
        drawLod(ctx, lod, level, w, xOf, lane.y, lane.height, (c, wide) => {
          const st = THREAD_CLASSES[c]!;
          return wide ? patternFor(ctx, st.pattern, st.color, ink.patternAlpha) : st.color;
        });
      } else drawIntervals(ctx, lane.segments, w, xOf, lane.y, lane.height,
        (s) => {
          if (s.state === 'finished') return null;
          const st = stateStyle(s.state, s.what);
          return patternFor(ctx, st.pattern, st.color, ink.patternAlpha);
        },
        (s) => (s.state === 'finished' ? null : stateStyle(s.state, s.what).color));
      // Print markers: a small dark tick on top of the lane for each line of output.
      const prints = model.prints;
      ctx.fillStyle = ink.text;
      forEachMarker(prints, w, perPx * 2, (e) => e.pid === lane.pid && e.tid === lane.tid, (e) => {
        ctx.fillRect(Math.round(xOf(e.t)) - 1, lane.y, 2, 6);
      });
    } else if (lane.kind === 'task') {
      drawIntervals(ctx, lane.segments, w, xOf, lane.y + 2, lane.height - 4,
        (s) => {
          const st = taskStyle(s.state, s.awaits);
          return patternFor(ctx, st.pattern, st.color, ink.patternAlpha);
        },
        (s) => taskStyle(s.state).color);
    } else if (lane.kind === 'gil') {
      const held = model.gilByPid.get(lane.pid) ?? [];
      const colourOf = (holder: number): number => (f.holderIndex.get(holder) ?? 0) % HOLDER_CLASSES;
      const lod = lodOf(held, held.length, () => buildCoverageLod(held, model.start, model.end, HOLDER_CLASSES, (g) => colourOf(g.holder)));
      const level = lod === undefined ? -1 : levelFor(lod, perPx);
      if (lod !== undefined && level >= 0) drawLod(ctx, lod, level, w, xOf, lane.y + 3, lane.height - 6, (c) => holderColor(c));
      else drawIntervals(ctx, held, w, xOf, lane.y + 3, lane.height - 6, (g) => holderColor(colourOf(g.holder)), (g) => holderColor(colourOf(g.holder)));
      ctx.fillStyle = ink.text;
      // One marker per few pixels is all the eye can tell.
      forEachMarker(model.dropRequests, w, perPx * 3, (d) => d.pid === lane.pid, (d) => {
        const x = xOf(d.t);
        ctx.beginPath(); ctx.moveTo(x - 3, lane.y); ctx.lineTo(x + 3, lane.y); ctx.lineTo(x, lane.y + 5); ctx.fill();
      });
    } else {
      drawCores(ctx, f, lane, xOf);
    }
  }
  drawArrows(ctx, f, xOf, ink);
  drawAxis(ctx, f, xOf, ink);
  if (f.cursor !== undefined && f.cursor >= w.t0 && f.cursor <= w.t1) {
    const x = xOf(f.cursor);
    ctx.strokeStyle = ink.cursor;
    ctx.lineWidth = 2;
    ctx.beginPath(); ctx.moveTo(x, 0); ctx.lineTo(x, f.lanesHeight); ctx.stroke();
  }
  ctx.restore();
}

/** Visits the markers (sorted by t) in the window that `keep` accepts, at most one per `gap`
 *  µs: after each one drawn, it jumps ahead by binary search. */
function forEachMarker<T extends { t: number }>(items: readonly T[], w: ViewWindow, gap: number, keep: (x: T) => boolean, draw: (x: T) => void): void {
  let i = lowerBound(items, w.t0, (e) => e.t);
  let scanned = 0;
  while (i < items.length) {
    const e = items[i]!;
    if (e.t > w.t1) break;
    if (!keep(e)) {
      // Markers of other lanes interleave; after a run of them, jump as after a drawn one.
      if (++scanned < 64) {
        i++;
        continue;
      }
      scanned = 0;
      i = lowerBound(items, e.t + gap, (x) => x.t);
      continue;
    }
    draw(e);
    scanned = 0;
    i = Math.max(i + 1, lowerBound(items, e.t + gap, (x) => x.t));
  }
}

/** The cores track: how many threads ran, as a step function, against the cores line. */
function drawCores(ctx: CanvasRenderingContext2D, f: CanvasFrame, lane: Lane, xOf: (t: number) => number): void {
  const { window: w, model } = f;
  const steps = model.concurrency;
  const top = Math.max(f.cores, model.maxRunning, 1);
  const hOf = (n: number): number => (lane.height - 4) * (n / top);
  ctx.fillStyle = '#0072B2';
  const perPx = (w.t1 - w.t0) / Math.max(1, f.width - f.labelWidth);
  const lod = lodOf(steps, steps.length, () => buildMaxLod(steps, model.start, model.end));
  const level = lod === undefined ? -1 : levelFor(lod, perPx);
  if (lod !== undefined && level >= 0) {
    forEachBucket(lod, level, w.t0, w.t1, (start, end, _c, v) => {
      if (v <= 0) return;
      const x0 = xOf(Math.max(start, w.t0));
      const x1 = xOf(Math.min(end, w.t1));
      const h = hOf(v);
      ctx.fillRect(x0, lane.y + lane.height - 2 - h, Math.max(1, x1 - x0), h);
    });
    drawCoresLine(ctx, f, lane, hOf);
    return;
  }
  let i = Math.max(0, lowerBound(steps, w.t0, (s) => s.t) - 1);
  let col = -1;
  let colMax = 0;
  const flush = (): void => {
    if (col < 0 || colMax === 0) return;
    const h = hOf(colMax);
    ctx.fillRect(col, lane.y + lane.height - 2 - h, 1, h);
  };
  for (; i < steps.length; i++) {
    const s = steps[i]!;
    if (s.t >= w.t1) break;
    const end = i + 1 < steps.length ? steps[i + 1]!.t : model.end;
    if (end <= w.t0) continue;
    const x0 = xOf(Math.max(s.t, w.t0));
    const x1 = xOf(Math.min(end, w.t1));
    if (x1 - x0 >= 1) {
      flush();
      col = -1;
      if (s.running === 0) continue;
      const h = hOf(s.running);
      ctx.fillRect(x0, lane.y + lane.height - 2 - h, x1 - x0, h);
    } else {
      const c = Math.floor(x0);
      if (c !== col) {
        flush();
        col = c;
        colMax = 0;
      }
      colMax = Math.max(colMax, s.running);
    }
  }
  flush();
  drawCoresLine(ctx, f, lane, hOf);
}

/** The cores line: how many threads could run at once. */
function drawCoresLine(ctx: CanvasRenderingContext2D, f: CanvasFrame, lane: Lane, hOf: (n: number) => number): void {
  const yc = lane.y + lane.height - 2 - hOf(f.cores);
  ctx.strokeStyle = '#444';
  ctx.lineWidth = 1;
  ctx.setLineDash([4, 3]);
  ctx.beginPath(); ctx.moveTo(f.labelWidth, yc); ctx.lineTo(f.width, yc); ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = '#444';
  ctx.textAlign = 'right';
  ctx.fillText(`${f.cores} ${f.platform === 'virtual' ? 'virtual cores' : 'cores'}`, f.width - 4, yc - 7);
  ctx.textAlign = 'left';
}

/** Messages between processes: an arrow from the sender's lane at the send to the
 *  receiver's lane at the recv. */
function drawArrows(ctx: CanvasRenderingContext2D, f: CanvasFrame, xOf: (t: number) => number, ink: TimelineInk): void {
  const { window: w, model, lanes } = f;
  if (model.messages.length === 0) return;
  ctx.strokeStyle = ink.arrow;
  ctx.fillStyle = ink.arrow;
  ctx.lineWidth = 1.5;
  let drawn = 0;
  for (const m of model.messages) {
    if (m.to === undefined || m.to.t < w.t0 || m.from.t > w.t1) continue;
    const a = threadLane(lanes, m.from.pid, m.from.tid);
    const b = threadLane(lanes, m.to.pid, m.to.tid);
    if (a === undefined || b === undefined) continue;
    const x0 = xOf(m.from.t);
    const y0 = a.y + a.height / 2;
    const x1 = xOf(m.to.t);
    const y1 = b.y + b.height / 2;
    ctx.beginPath(); ctx.moveTo(x0, y0); ctx.lineTo(x1, y1); ctx.stroke();
    const ang = Math.atan2(y1 - y0, x1 - x0);
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x1 - 7 * Math.cos(ang - 0.4), y1 - 7 * Math.sin(ang - 0.4));
    ctx.lineTo(x1 - 7 * Math.cos(ang + 0.4), y1 - 7 * Math.sin(ang + 0.4));
    ctx.fill();
    if (++drawn > 2000) break; // beyond that arrows are a smear; the tooltip still counts them
  }
}

function drawAxis(ctx: CanvasRenderingContext2D, f: CanvasFrame, xOf: (t: number) => number, ink: TimelineInk): void {
  const y = f.lanesHeight + 2;
  const plot = f.width - f.labelWidth;
  ctx.fillStyle = ink.axis;
  ctx.strokeStyle = ink.axis;
  ctx.lineWidth = 1;
  ctx.beginPath(); ctx.moveTo(f.labelWidth, y); ctx.lineTo(f.width, y); ctx.stroke();
  ctx.textAlign = 'center';
  for (const t of niceTicks(f.window, f.model.start, Math.max(2, Math.floor(plot / 90)))) {
    const x = xOf(t);
    ctx.beginPath(); ctx.moveTo(x, y); ctx.lineTo(x, y + 4); ctx.stroke();
    ctx.fillText(formatMicros(t - f.model.start), Math.min(Math.max(x, f.labelWidth + 20), f.width - 24), y + 12);
  }
  ctx.textAlign = 'left';
  ctx.fillText(f.platform === 'virtual' ? 'simulated time' : 'real time', 4, y + 12);
}
