// The timeline view: a framework-free factory that React only mounts (STYLE.md, after React
// Flow). `createTimeline(node, opts)` returns `{ update, setCursor, destroy, ... }`.
//
// Interaction: wheel or pinch zooms at the pointer; drag pans; shift-drag brushes a range and
// zooms to it; double-click shows everything; keyboard (when focused): + / - zoom, ← / → pan,
// 0 resets. Hovering a segment shows its state, reason, line and duration.

import { buildModel, type TraceModel } from '../../trace/intervals';
import type { TraceEvent } from '../../trace/schema';
import { drawTimeline } from './render-canvas';
import { layoutLanes, firstVisible, type Lane } from './layout';
import { stateStyle } from './palette';
import { formatMicros, pan, zoom, type ViewWindow } from './view-window';

export interface TimelineOptions {
  platform: 'shared' | 'virtual';
  cores: number;
  labelWidth?: number;
  onWindowChange?: (w: ViewWindow) => void;
}

export interface Timeline {
  /** Replaces the trace (live runs call this with the events so far). */
  update(events: readonly TraceEvent[], end?: number): void;
  setCursor(t: number | undefined): void;
  setWindow(w: ViewWindow): void;
  getWindow(): ViewWindow;
  getModel(): TraceModel;
  setPlatform(platform: 'shared' | 'virtual', cores: number): void;
  destroy(): void;
}

export function createTimeline(node: HTMLElement, opts: TimelineOptions): Timeline {
  const labelWidth = opts.labelWidth ?? 170;
  let platform = opts.platform;
  let cores = opts.cores;
  const canvas = document.createElement('canvas');
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'Timeline of threads, the GIL and cores');
  canvas.style.display = 'block';
  canvas.style.width = '100%';
  canvas.style.outline = 'none';
  const tip = document.createElement('div');
  tip.className = 'timeline-tooltip';
  tip.style.cssText = 'position:absolute;pointer-events:none;display:none;background:#111;color:#fff;font:12px system-ui;padding:4px 6px;border-radius:4px;white-space:nowrap;z-index:5';
  node.style.position = node.style.position || 'relative';
  node.append(canvas, tip);

  let model: TraceModel = buildModel([]);
  let lanes: Lane[] = [];
  let height = 0;
  let win: ViewWindow = { t0: 0, t1: 1 };
  let follow = true; // a live run keeps the whole trace in view until the user zooms
  let cursor: number | undefined;
  let brushFrom: number | undefined;
  let brushTo: number | undefined;
  let frame = 0;
  const holderIndex = new Map<number, number>();

  const bounds = (): ViewWindow => ({ t0: model.start, t1: Math.max(model.end, model.start + 1) });

  const schedule = (): void => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  };

  function render(): void {
    const cssWidth = node.clientWidth || 800;
    const dpr = window.devicePixelRatio || 1;
    const h = Math.max(height, 60) + 4;
    if (canvas.width !== Math.round(cssWidth * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(cssWidth * dpr);
      canvas.height = Math.round(h * dpr);
      canvas.style.height = `${h}px`;
    }
    const ctx = canvas.getContext('2d');
    if (ctx === null) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, cssWidth, h);
    drawTimeline({ ctx, width: cssWidth, labelWidth, window: win, lanes, model, cores, cursor, holderIndex });
    if (brushFrom !== undefined && brushTo !== undefined) {
      const a = Math.min(brushFrom, brushTo);
      const b = Math.max(brushFrom, brushTo);
      ctx.fillStyle = 'rgba(0,114,178,0.15)';
      ctx.fillRect(a, 0, b - a, h);
    }
  }

  const timeAt = (px: number): number => {
    const plot = (node.clientWidth || 800) - labelWidth;
    return win.t0 + ((px - labelWidth) / plot) * (win.t1 - win.t0);
  };

  const setWin = (w: ViewWindow, byUser: boolean): void => {
    win = w;
    if (byUser) follow = false;
    opts.onWindowChange?.(win);
    schedule();
  };

  const onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const rect = canvas.getBoundingClientRect();
    const plot = rect.width - labelWidth;
    const anchor = Math.min(1, Math.max(0, (e.clientX - rect.left - labelWidth) / plot));
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY) && !e.ctrlKey) setWin(pan(win, e.deltaX / plot, bounds()), true);
    else setWin(zoom(win, Math.exp(e.deltaY * (e.ctrlKey ? 0.01 : 0.002)), anchor, bounds()), true);
  };

  let dragX: number | undefined;
  const onDown = (e: PointerEvent): void => {
    canvas.setPointerCapture(e.pointerId);
    const x = e.offsetX;
    if (e.shiftKey) {
      brushFrom = x;
      brushTo = x;
    } else dragX = x;
  };
  const onMove = (e: PointerEvent): void => {
    const x = e.offsetX;
    if (brushFrom !== undefined) {
      brushTo = x;
      schedule();
      return;
    }
    if (dragX !== undefined) {
      const plot = (node.clientWidth || 800) - labelWidth;
      setWin(pan(win, (dragX - x) / plot, bounds()), true);
      dragX = x;
      return;
    }
    hover(x, e.offsetY);
  };
  const onUp = (): void => {
    if (brushFrom !== undefined && brushTo !== undefined && Math.abs(brushTo - brushFrom) > 3) {
      const a = timeAt(Math.min(brushFrom, brushTo));
      const b = timeAt(Math.max(brushFrom, brushTo));
      setWin({ t0: a, t1: b }, true);
    }
    brushFrom = brushTo = undefined;
    dragX = undefined;
    schedule();
  };
  const onLeave = (): void => {
    tip.style.display = 'none';
  };
  const onDbl = (): void => {
    follow = true;
    setWin(bounds(), false);
  };
  const onKey = (e: KeyboardEvent): void => {
    const b = bounds();
    if (e.key === '+' || e.key === '=') setWin(zoom(win, 0.7, 0.5, b), true);
    else if (e.key === '-') setWin(zoom(win, 1 / 0.7, 0.5, b), true);
    else if (e.key === 'ArrowLeft' && !e.altKey) setWin(pan(win, -0.2, b), true);
    else if (e.key === 'ArrowRight' && !e.altKey) setWin(pan(win, 0.2, b), true);
    else if (e.key === '0') onDbl();
    else return;
    e.preventDefault();
  };

  function hover(x: number, y: number): void {
    const lane = lanes.find((l) => y >= l.y && y < l.y + l.height);
    if (lane === undefined || x < labelWidth) {
      tip.style.display = 'none';
      return;
    }
    const t = timeAt(x);
    let text: string | undefined;
    if (lane.kind === 'thread') {
      const i = firstVisible(lane.segments, t);
      const s = lane.segments[i];
      if (s !== undefined && s.start <= t) {
        text = `${lane.label}: ${stateStyle(s.state, s.what).label} · ${formatMicros(s.end - s.start)}${s.line !== undefined ? ` · line ${s.line}` : ''}`;
      }
    } else if (lane.kind === 'gil') {
      const g = model.gil.find((g) => g.pid === lane.pid && g.start <= t && t < g.end);
      if (g !== undefined) {
        const name = model.threads.find((th) => th.pid === g.pid && th.tid === g.holder)?.name ?? `thread ${g.holder}`;
        text = `GIL held by ${name} · ${formatMicros(g.end - g.start)}`;
      } else text = 'GIL free';
    } else {
      let running = 0;
      for (const c of model.concurrency) if (c.t <= t) running = c.running;
      text = `${running} thread${running === 1 ? '' : 's'} running · ${cores} ${platform === 'virtual' ? 'virtual cores' : 'cores on this device'}`;
    }
    if (text === undefined) {
      tip.style.display = 'none';
      return;
    }
    tip.textContent = `${text} · at ${formatMicros(t - model.start)}`;
    tip.style.display = 'block';
    tip.style.left = `${Math.min(x + 12, (node.clientWidth || 800) - 260)}px`;
    tip.style.top = `${y + 14}px`;
  }

  canvas.addEventListener('wheel', onWheel, { passive: false });
  canvas.addEventListener('pointerdown', onDown);
  canvas.addEventListener('pointermove', onMove);
  canvas.addEventListener('pointerup', onUp);
  canvas.addEventListener('pointerleave', onLeave);
  canvas.addEventListener('dblclick', onDbl);
  canvas.addEventListener('keydown', onKey);
  const ro = new ResizeObserver(() => schedule());
  ro.observe(node);

  return {
    update(events, end) {
      model = buildModel(events, end);
      holderIndex.clear();
      model.threads.forEach((t, i) => holderIndex.set(t.tid, i));
      ({ lanes, height } = layoutLanes(model, platform));
      if (follow) win = bounds();
      schedule();
    },
    setCursor(t) {
      cursor = t;
      schedule();
    },
    setWindow(w) {
      setWin(w, true);
    },
    getWindow: () => win,
    getModel: () => model,
    setPlatform(p, c) {
      platform = p;
      cores = c;
      ({ lanes, height } = layoutLanes(model, platform));
      schedule();
    },
    destroy() {
      cancelAnimationFrame(frame);
      ro.disconnect();
      canvas.removeEventListener('wheel', onWheel);
      canvas.remove();
      tip.remove();
    },
  };
}
