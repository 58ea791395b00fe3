// window.kitchen: the typed automation API, for our Playwright tests and for pages that embed
// the kitchen (documented in README.md). Everything it does is also a button on the page.

import { editorHandle } from './editor/editor-handle.ts';
import { isIsolated, type PlatformName } from './platform.ts';
import { startRun, stopRun, type RunResult } from './run-controller.ts';
import { store } from './store/index.ts';
import { traceSpan, type TraceView } from './store/trace-slice.ts';
import { player } from './playback/index.ts';
import { buildModel, computeStats, type RunStats } from '../trace/intervals.ts';
import { createViewsApi, type ViewsApi } from './trace-pane/views-api.ts';

export interface KitchenRunOptions {
  /** Text input() reads, line by line; EOFError after it. */
  stdin?: string;
  /** The platform of this run; the toolbar's choice when absent. 'shared' (one Web
   *  Worker per Python thread over a SharedArrayBuffer heap) needs a cross-origin isolated page. */
  platform?: PlatformName;
  /** Virtual platform only: PEP 703 free-threaded mode (no GIL). */
  freeThreaded?: boolean;
  /** Virtual platform only: tie-breaking seed (default 1). */
  seed?: number;
  /** Virtual platform only: number of virtual cores (default 4). */
  cores?: number;
  /** Not available yet: sys.setswitchinterval in seconds, set before the program starts. */
  switchInterval?: number;
}

export interface SyntaxDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** python3's last line, e.g. "SyntaxError: '(' was never closed". */
  message: string;
}

/** Where playback stands (the cursor is µs of the trace's clock; null = no cursor). */
export interface PlaybackState {
  view: TraceView;
  cursor: number | null;
  playing: boolean;
  speed: number;
  start: number;
  end: number;
}

export interface KitchenApi extends ViewsApi {
  setCode(src: string): void;
  getCode(): string;
  run(options?: KitchenRunOptions): Promise<RunResult>;
  stop(): void;
  /** The platform the toolbar has selected (the next run's, unless run() names another). */
  platform(): PlatformName;
  /** The syntax errors the editor currently marks (columns are UTF-16, 1-based, as Monaco's). */
  diagnostics(): SyntaxDiagnostic[];
  /** Show the last run's trace as the timeline or as the kitchen. */
  show(view: TraceView): void;
  /** Put the playback cursor at `t` (µs, clamped to the trace); null removes it. */
  seek(t: number | null): void;
  play(): void;
  pause(): void;
  /** Playback speed, trace time per real time (0.01 to 1). */
  setSpeed(speed: number): void;
  playback(): PlaybackState;
  /** Statistics of the last run's trace (those shown under the timeline); null without one. */
  stats(): RunStats | null;
}

export type { RunResult };

function unsupported(opts: KitchenRunOptions, platform: PlatformName): string[] {
  const bad: string[] = [];
  if (platform === 'shared' && !isIsolated()) bad.push(`platform 'shared' (this page is not cross-origin isolated; it runs 'virtual')`);
  if (platform !== 'virtual') {
    if (opts.seed !== undefined) bad.push(`seed on the '${platform}' platform`);
    if (opts.cores !== undefined) bad.push(`cores on the '${platform}' platform`);
  }
  if (opts.cores !== undefined && !(Number.isInteger(opts.cores) && opts.cores >= 1 && opts.cores <= 64)) bad.push(`cores=${opts.cores} (1 to 64)`);
  if (opts.seed !== undefined && !Number.isInteger(opts.seed)) bad.push(`seed=${opts.seed} (an integer)`);
  if (opts.switchInterval !== undefined) bad.push('switchInterval');
  return bad;
}

export function createKitchenApi(): KitchenApi {
  return {
    ...createViewsApi(),
    setCode: (src) => editorHandle.setCode(src),
    getCode: () => editorHandle.getCode(),
    run: (options = {}) => {
      const platform = options.platform ?? store.getState().platform;
      const bad = unsupported(options, platform);
      if (bad.length) return Promise.reject(new Error(`window.kitchen.run: not available: ${bad.join(', ')}`));
      return startRun({ stdin: options.stdin, platform, seed: options.seed, cores: options.cores, freeThreaded: options.freeThreaded });
    },
    stop: () => void stopRun(),
    platform: () => store.getState().platform,
    diagnostics: () =>
      editorHandle.markers().map((m) => ({
        line: m.startLineNumber, column: m.startColumn, endLine: m.endLineNumber, endColumn: m.endColumn, message: m.message,
      })),
    show: (view) => store.getState().setView(view),
    seek: (t) => {
      player.pause();
      const { start, end } = traceSpan(store.getState().events);
      store.getState().setCursor(t === null ? null : Math.min(end, Math.max(start, t)));
    },
    play: () => player.play(),
    pause: () => player.pause(),
    setSpeed: (speed) => store.getState().setSpeed(Math.min(1, Math.max(0.01, speed))),
    playback: () => {
      const s = store.getState();
      return { view: s.view, cursor: s.cursor, playing: s.playing, speed: s.speed, ...traceSpan(s.events) };
    },
    stats: () => {
      const { events } = store.getState();
      return events.length === 0 ? null : computeStats(buildModel(events));
    },
  };
}

declare global {
  interface Window {
    kitchen: KitchenApi;
  }
}

export function installKitchenApi(win: Window = window): void {
  win.kitchen = createKitchenApi();
}
