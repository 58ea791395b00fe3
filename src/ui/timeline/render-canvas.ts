// Draws the timeline on a canvas. Dense traces stay fast because each lane draws only its
// visible segments (binary search for the first) and segments narrower than a pixel are
// merged: every pixel column shows the state that covered most of it.

import type { TraceModel } from '../../trace/intervals';
import { firstVisible, type Lane } from './layout';
import { holderColor, stateStyle, type Pattern } from './palette';
import type { ViewWindow } from './view-window';

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
}

const patternCache = new Map<string, CanvasPattern | null>();

function patternFor(ctx: CanvasRenderingContext2D, pattern: Pattern, color: string): CanvasPattern | string {
  if (pattern === 'solid' || pattern === 'none') return color;
  const key = `${pattern}|${color}`;
  let p = patternCache.get(key);
  if (p === undefined) {
    const tile = new OffscreenCanvas(8, 8);
    const t = tile.getContext('2d')!;
    t.fillStyle = color;
    t.globalAlpha = 0.35;
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

export function drawTimeline(f: CanvasFrame): void {
  const { ctx, width, labelWidth, window: w, lanes } = f;
  const plot = width - labelWidth;
  const scale = plot / Math.max(1e-9, w.t1 - w.t0);
  const xOf = (t: number): number => labelWidth + (t - w.t0) * scale;
  ctx.save();
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  for (const lane of lanes) {
    ctx.fillStyle = '#222';
    ctx.fillText(lane.label, 4, lane.y + lane.height / 2, labelWidth - 8);
    ctx.fillStyle = '#f4f4f4';
    ctx.fillRect(labelWidth, lane.y, plot, lane.height);
    if (lane.kind === 'thread') {
      const segs = lane.segments;
      let col = -1;
      let best = 0;
      let bestIdx = -1;
      const flush = (): void => {
        if (bestIdx < 0) return;
        const s = segs[bestIdx]!;
        const st = stateStyle(s.state, s.what);
        ctx.fillStyle = st.color;
        ctx.fillRect(col, lane.y, 1, lane.height);
      };
      for (let i = firstVisible(segs, w.t0); i < segs.length; i++) {
        const s = segs[i]!;
        if (s.start >= w.t1) break;
        if (s.state === 'finished') continue;
        const x0 = xOf(Math.max(s.start, w.t0));
        const x1 = xOf(Math.min(s.end, w.t1));
        if (x1 - x0 >= 1) {
          flush(); bestIdx = -1; col = -1;
          const st = stateStyle(s.state, s.what);
          ctx.fillStyle = patternFor(ctx, st.pattern, st.color);
          ctx.fillRect(x0, lane.y, x1 - x0, lane.height);
        } else {
          const c = Math.floor(x0);
          if (c !== col) { flush(); col = c; best = 0; bestIdx = -1; }
          if (x1 - x0 > best) { best = x1 - x0; bestIdx = i; }
        }
      }
      flush();
    } else if (lane.kind === 'gil') {
      for (const g of f.model.gil) {
        if (g.pid !== lane.pid || g.end <= w.t0 || g.start >= w.t1) continue;
        const x0 = xOf(Math.max(g.start, w.t0));
        const x1 = xOf(Math.min(g.end, w.t1));
        ctx.fillStyle = holderColor(f.holderIndex.get(g.holder) ?? 0);
        ctx.fillRect(x0, lane.y + 3, Math.max(1, x1 - x0), lane.height - 6);
      }
      ctx.fillStyle = '#000';
      for (const d of f.model.dropRequests) {
        if (d.pid !== lane.pid || d.t < w.t0 || d.t > w.t1) continue;
        const x = xOf(d.t);
        ctx.beginPath(); ctx.moveTo(x - 3, lane.y); ctx.lineTo(x + 3, lane.y); ctx.lineTo(x, lane.y + 5); ctx.fill();
      }
    } else {
      const steps = f.model.concurrency;
      const top = Math.max(f.cores, ...steps.map((s) => s.running), 1);
      ctx.fillStyle = '#0072B2';
      for (let i = 0; i < steps.length; i++) {
        const s = steps[i]!;
        const end = i + 1 < steps.length ? steps[i + 1]!.t : f.model.end;
        if (end <= w.t0 || s.t >= w.t1 || s.running === 0) continue;
        const x0 = xOf(Math.max(s.t, w.t0));
        const x1 = xOf(Math.min(end, w.t1));
        const h = (lane.height - 4) * (s.running / top);
        ctx.fillRect(x0, lane.y + lane.height - 2 - h, Math.max(1, x1 - x0), h);
      }
      // The cores line: how many threads could run at once.
      const yc = lane.y + lane.height - 2 - (lane.height - 4) * (f.cores / top);
      ctx.strokeStyle = '#444';
      ctx.setLineDash([4, 3]);
      ctx.beginPath(); ctx.moveTo(labelWidth, yc); ctx.lineTo(width, yc); ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  if (f.cursor !== undefined && f.cursor >= w.t0 && f.cursor <= w.t1) {
    const x = xOf(f.cursor);
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 2;
    ctx.beginPath(); ctx.moveTo(x, 0); ctx.lineTo(x, lanes.length > 0 ? lanes[lanes.length - 1]!.y + lanes[lanes.length - 1]!.height : 0); ctx.stroke();
  }
  ctx.restore();
}
