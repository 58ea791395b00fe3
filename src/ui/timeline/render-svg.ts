// Renders the timeline as an SVG document (a string): for export, for printing, and for the
// deterministic visual snapshots of virtual-platform runs (same trace → same bytes). Patterns
// are SVG <pattern>s mirroring the canvas renderer's, so both read the same in grayscale.

import type { TraceModel } from '../../trace/intervals';
import { layoutLanes, threadLane } from './layout';
import { holderColor, stateStyle, taskStyle, type Pattern } from './palette';
import { formatMicros, niceTicks, type ViewWindow } from './view-window';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (x: number): string => (Math.round(x * 100) / 100).toString();

function patternDef(id: string, pattern: Pattern, color: string): string {
  const bg = `<rect width="8" height="8" fill="${color}" fill-opacity="0.35"/>`;
  const fg =
    pattern === 'hatch' ? `<path d="M0 8L8 0M-2 2L2 -2M6 10L10 6" stroke="${color}" stroke-width="2"/>` :
    pattern === 'dots' ? `<circle cx="4" cy="4" r="1.6" fill="${color}"/>` :
    pattern === 'cross' ? `<path d="M0 0L8 8M8 0L0 8" stroke="${color}" stroke-width="2"/>` : '';
  return `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse">${bg}${fg}</pattern>`;
}

export interface SvgOptions {
  width: number;
  labelWidth?: number;
  platform: 'shared' | 'virtual';
  cores: number;
  window?: ViewWindow;
}

export function renderTimelineSvg(model: TraceModel, opts: SvgOptions): string {
  const labelWidth = opts.labelWidth ?? 160;
  const { lanes, height } = layoutLanes(model, opts.platform);
  const axis = 24;
  const w = opts.window ?? { t0: model.start, t1: model.end };
  const plot = opts.width - labelWidth;
  const scale = plot / Math.max(1e-9, w.t1 - w.t0);
  const x = (t: number): number => labelWidth + (Math.min(Math.max(t, w.t0), w.t1) - w.t0) * scale;
  const defs = new Map<string, string>();
  const fillOf = (state: Parameters<typeof stateStyle>[0], what?: string): string => patternFill(stateStyle(state, what));
  const patternFill = (st: { pattern: Pattern; color: string }): string => {
    if (st.pattern === 'solid' || st.pattern === 'none') return st.color;
    const id = `p-${st.pattern}-${st.color.slice(1)}`;
    if (!defs.has(id)) defs.set(id, patternDef(id, st.pattern, st.color));
    return `url(#${id})`;
  };
  const holders = new Map<number, number>();
  model.threads.forEach((t, i) => holders.set(t.tid, i));
  const body: string[] = [];
  for (const lane of lanes) {
    body.push(`<text x="4" y="${num(lane.y + lane.height / 2 + 4)}" font-size="12">${esc(lane.label)}</text>`);
    body.push(`<rect x="${labelWidth}" y="${lane.y}" width="${num(plot)}" height="${lane.height}" fill="#f4f4f4"/>`);
    if (lane.kind === 'thread') {
      for (const s of lane.segments) {
        if (s.state === 'finished' || s.end <= w.t0 || s.start >= w.t1) continue;
        const st = stateStyle(s.state, s.what);
        body.push(`<rect x="${num(x(s.start))}" y="${lane.y}" width="${num(Math.max(0.5, x(s.end) - x(s.start)))}" height="${lane.height}" fill="${fillOf(s.state, s.what)}"><title>${esc(`${st.label} · ${formatMicros(s.end - s.start)}${s.line !== undefined ? ` · line ${s.line}` : ''}`)}</title></rect>`);
      }
    } else if (lane.kind === 'task') {
      for (const s of lane.segments) {
        if (s.end <= w.t0 || s.start >= w.t1) continue;
        const st = taskStyle(s.state, s.awaits);
        body.push(`<rect x="${num(x(s.start))}" y="${lane.y + 2}" width="${num(Math.max(0.5, x(s.end) - x(s.start)))}" height="${lane.height - 4}" fill="${patternFill(st)}"><title>${esc(`${st.label} · ${formatMicros(s.end - s.start)}${s.line !== undefined ? ` · line ${s.line}` : ''}`)}</title></rect>`);
      }
    } else if (lane.kind === 'gil') {
      for (const g of model.gilByPid.get(lane.pid) ?? []) {
        if (g.end <= w.t0 || g.start >= w.t1) continue;
        body.push(`<rect x="${num(x(g.start))}" y="${lane.y + 3}" width="${num(Math.max(0.5, x(g.end) - x(g.start)))}" height="${lane.height - 6}" fill="${holderColor(holders.get(g.holder) ?? 0)}"/>`);
      }
    } else {
      const steps = model.concurrency;
      const top = Math.max(opts.cores, model.maxRunning, 1);
      for (let i = 0; i < steps.length; i++) {
        const s = steps[i]!;
        const end = i + 1 < steps.length ? steps[i + 1]!.t : model.end;
        if (s.running === 0 || end <= w.t0 || s.t >= w.t1) continue;
        const h = (lane.height - 4) * (s.running / top);
        body.push(`<rect x="${num(x(s.t))}" y="${num(lane.y + lane.height - 2 - h)}" width="${num(Math.max(0.5, x(end) - x(s.t)))}" height="${num(h)}" fill="#0072B2"/>`);
      }
    }
  }
  for (const m of model.messages) {
    if (m.to === undefined || m.to.t < w.t0 || m.from.t > w.t1) continue;
    const a = threadLane(lanes, m.from.pid, m.from.tid);
    const b = threadLane(lanes, m.to.pid, m.to.tid);
    if (a === undefined || b === undefined) continue;
    body.push(`<line x1="${num(x(m.from.t))}" y1="${num(a.y + a.height / 2)}" x2="${num(x(m.to.t))}" y2="${num(b.y + b.height / 2)}" stroke="#6a3d9a" stroke-width="1.5" marker-end="url(#arrow)"/>`);
  }
  defs.set('arrow', '<marker id="arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L8 4L0 8z" fill="#6a3d9a"/></marker>');
  const ticks: string[] = [];
  for (const t of niceTicks(w, model.start, Math.max(2, Math.floor(plot / 90)))) {
    ticks.push(`<line x1="${num(x(t))}" y1="${height + 2}" x2="${num(x(t))}" y2="${height + 6}" stroke="#555"/>`);
    ticks.push(`<text x="${num(x(t))}" y="${height + 16}" font-size="11" text-anchor="middle">${esc(formatMicros(t - model.start))}</text>`);
  }
  const unit = opts.platform === 'virtual' ? 'simulated time' : 'real time';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${opts.width}" height="${height + axis}" font-family="system-ui, sans-serif">`,
    `<defs>${[...defs.values()].join('')}</defs>`,
    `<rect width="${opts.width}" height="${height + axis}" fill="#fff"/>`,
    ...body,
    ...ticks,
    `<text x="4" y="${height + 16}" font-size="10" fill="#555">${unit}</text>`,
    '</svg>',
  ].join('\n');
}
