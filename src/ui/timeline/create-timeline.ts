// The timeline view: a framework-free factory that React only mounts (STYLE.md, after React
// Flow). `createTimeline(node, opts)` returns `{ update, setCursor, destroy, ... }`.
//
// Interaction: wheel or pinch zooms at the pointer; drag pans; shift-drag brushes a range and
// zooms to it; double-click shows everything; keyboard (when focused): + / - zoom, ← / → pan,
// 0 resets. Hovering a segment shows its state, reason, line and duration; hovering a print
// marker shows the printed text, and clicking it moves the playback cursor there (`onSeek`),
// so the console shows the output up to that line.
//
// Live runs call `update` with the growing event list. The model is rebuilt at the next
// frame, and no more often than four times the cost of the last rebuild, so a run streaming a
// million events keeps the page responsive; `getModel()` always returns an up-to-date model.

import { buildModel, type TraceModel } from '../../trace/intervals';
import type { TraceEvent } from '../../trace/schema';
import { drawTimeline, AXIS_HEIGHT } from './render-canvas';
import { layoutLanes, firstVisible, lowerBound, type Lane } from './layout';
import { HIGH_CONTRAST_INK, STANDARD_INK, stateStyle, taskStyle } from './palette';
import { formatMicros, pan, zoom, type ViewWindow } from './view-window';

export interface TimelineOptions {
  platform: 'shared' | 'virtual';
  cores: number;
  labelWidth?: number;
  highContrast?: boolean;
  onWindowChange?: (w: ViewWindow) => void;
  /** A print marker was clicked: move the playback cursor to `t`. */
  onSeek?: (t: number) => void;
}

export interface Timeline {
  /** Replaces the trace (live runs call this with the events so far). */
  update(events: readonly TraceEvent[], end?: number): void;
  setCursor(t: number | undefined): void;
  setWindow(w: ViewWindow): void;
  getWindow(): ViewWindow;
  getModel(): TraceModel;
  setPlatform(platform: 'shared' | 'virtual', cores: number): void;
  setHighContrast(on: boolean): void;
  /** Draws now (not at the next frame) and returns how long the drawing took, in ms. */
  drawNow(): number;
  /** The canvas, for a PNG of what is on screen. */
  canvas(): HTMLCanvasElement;
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
  let events: readonly TraceEvent[] = [];
  let endAt: number | undefined;
  let dirty = false;
  let lastBuildMs = 0;
  let lastBuildAt = -Infinity;
  let highContrast = opts.highContrast ?? false;
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

  const rebuild = (): void => {
    const t0 = performance.now();
    model = buildModel(events, endAt);
    holderIndex.clear();
    model.threads.forEach((t, i) => holderIndex.set(t.tid, i));
    ({ lanes, height } = layoutLanes(model, platform));
    if (follow) win = bounds();
    dirty = false;
    lastBuildAt = performance.now();
    lastBuildMs = lastBuildAt - t0;
  };

  const schedule = (): void => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (dirty) {
        if (performance.now() - lastBuildAt < 4 * lastBuildMs) {
          schedule(); // a big live trace: let the page breathe between rebuilds
          return;
        }
        rebuild();
      }
      render();
    });
  };

  function render(): void {
    const cssWidth = node.clientWidth || 800;
    const dpr = window.devicePixelRatio || 1;
    const h = Math.max(height, 60) + AXIS_HEIGHT + 4;
    if (canvas.width !== Math.round(cssWidth * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(cssWidth * dpr);
      canvas.height = Math.round(h * dpr);
      canvas.style.height = `${h}px`;
    }
    const ctx = canvas.getContext('2d');
    if (ctx === null) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, cssWidth, h);
    drawTimeline({ ctx, width: cssWidth, labelWidth, window: win, lanes, model, cores, cursor, holderIndex, lanesHeight: height, platform, ink: highContrast ? HIGH_CONTRAST_INK : STANDARD_INK });
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
  let downX = 0;

  /** The print marker under (x, y), if any: within 3 px, in the top of a thread's lane. */
  function printAt(x: number, y: number): TraceEvent | undefined {
    const lane = lanes.find((l) => y >= l.y && y < l.y + l.height);
    if (lane === undefined || lane.kind !== 'thread' || y > lane.y + 8) return undefined;
    const slack = (3 * (win.t1 - win.t0)) / Math.max(1, (node.clientWidth || 800) - labelWidth);
    const t = timeAt(x);
    const prints = model.prints;
    let best: TraceEvent | undefined;
    for (let i = lowerBound(prints, t - slack, (e) => e.t); i < prints.length && prints[i]!.t <= t + slack; i++) {
      const p = prints[i]!;
      if (p.pid === lane.pid && p.tid === lane.tid && (best === undefined || Math.abs(p.t - t) < Math.abs(best.t - t))) best = p;
    }
    return best;
  }
  const onDown = (e: PointerEvent): void => {
    canvas.setPointerCapture(e.pointerId);
    const x = e.offsetX;
    downX = x;
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
  const onUp = (e: PointerEvent): void => {
    if (dragX !== undefined && Math.abs(e.offsetX - downX) < 3 && opts.onSeek !== undefined) {
      const p = printAt(e.offsetX, e.offsetY);
      if (p !== undefined) opts.onSeek(p.t);
    }
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
    const printed = printAt(x, y);
    if (printed !== undefined) {
      const s = String(printed.text ?? '').replace(/\n$/, '');
      text = `${lane.label} printed${printed.line !== undefined ? ` (line ${printed.line})` : ''}: ${s.length > 60 ? `${s.slice(0, 60)}…` : s} · click to show the console at this instant`;
    } else if (lane.kind === 'task') {
      const i = firstVisible(lane.segments, t);
      const s = lane.segments[i];
      if (s !== undefined && s.start <= t) text = `${lane.label.replace(/^\u21b3 /, '')}: ${taskStyle(s.state, s.awaits).label} · ${formatMicros(s.end - s.start)}${s.line !== undefined ? ` · line ${s.line}` : ''}`;
    } else if (lane.kind === 'thread') {
      const i = firstVisible(lane.segments, t);
      const s = lane.segments[i];
      if (s !== undefined && s.start <= t) {
        text = `${lane.label}: ${stateStyle(s.state, s.what).label} · ${formatMicros(s.end - s.start)}${s.line !== undefined ? ` · line ${s.line}` : ''}`;
      }
    } else if (lane.kind === 'gil') {
      const arr = model.gilByPid.get(lane.pid) ?? [];
      const g0 = arr[firstVisible(arr, t)];
      const g = g0 !== undefined && g0.start <= t ? g0 : undefined;
      if (g !== undefined) {
        const name = model.threads.find((th) => th.pid === g.pid && th.tid === g.holder)?.name ?? `thread ${g.holder}`;
        text = `GIL held by ${name} · ${formatMicros(g.end - g.start)}`;
      } else text = 'GIL free';
    } else {
      const steps = model.concurrency;
      const i = lowerBound(steps, t, (c) => c.t);
      const at = steps[i] !== undefined && steps[i]!.t === t ? steps[i] : steps[i - 1];
      const running = at?.running ?? 0;
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
  canvas.addEventListener('pointercancel', onUp);
  canvas.addEventListener('dblclick', onDbl);
  canvas.addEventListener('keydown', onKey);
  const ro = new ResizeObserver(() => schedule());
  ro.observe(node);

  return {
    update(evs, end) {
      events = evs;
      endAt = end;
      dirty = true;
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
    getModel: () => {
      if (dirty) rebuild();
      return model;
    },
    setPlatform(p, c) {
      platform = p;
      cores = c;
      ({ lanes, height } = layoutLanes(model, platform));
      schedule();
    },
    setHighContrast(on) {
      highContrast = on;
      schedule();
    },
    drawNow() {
      if (frame !== 0) {
        cancelAnimationFrame(frame); // drawn now: the frame asked for would only repeat it
        frame = 0;
      }
      if (dirty) rebuild();
      const t0 = performance.now();
      render();
      return performance.now() - t0;
    },
    canvas: () => canvas,
    destroy() {
      cancelAnimationFrame(frame);
      ro.disconnect();
      canvas.removeEventListener('wheel', onWheel);
      canvas.remove();
      tip.remove();
    },
  };
}
