// window.kitchen: the typed automation API, for our Playwright tests and for pages that embed
// the kitchen (documented in README.md). Everything it does is also a button on the page.

import { editorHandle } from './editor/editor-handle.ts';
import { currentPlatform, type PlatformName } from './platform.ts';
import { startRun, stopRun, type RunResult } from './run-controller.ts';

export interface KitchenRunOptions {
  /** Text input() reads, line by line; EOFError after it. */
  stdin?: string;
  /** Not available yet: later versions choose the platform per run. */
  platform?: PlatformName;
  /** Not available yet: PEP 703 free-threaded mode. */
  freeThreaded?: boolean;
  /** Not available yet: tie-breaking seed of the virtual platform. */
  seed?: number;
  /** Not available yet: number of virtual cores. */
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

export interface KitchenApi {
  setCode(src: string): void;
  getCode(): string;
  run(options?: KitchenRunOptions): Promise<RunResult>;
  stop(): void;
  platform(): PlatformName;
  /** The syntax errors the editor currently marks (columns are UTF-16, 1-based, as Monaco's). */
  diagnostics(): SyntaxDiagnostic[];
}

export type { RunResult };

function unsupported(opts: KitchenRunOptions): string[] {
  const bad: string[] = [];
  if (opts.platform !== undefined && opts.platform !== currentPlatform()) bad.push(`platform '${opts.platform}' (this page runs '${currentPlatform()}')`);
  if (opts.freeThreaded) bad.push('freeThreaded');
  if (opts.seed !== undefined) bad.push('seed');
  if (opts.cores !== undefined) bad.push('cores');
  if (opts.switchInterval !== undefined) bad.push('switchInterval');
  return bad;
}

export function createKitchenApi(): KitchenApi {
  return {
    setCode: (src) => editorHandle.setCode(src),
    getCode: () => editorHandle.getCode(),
    run: (options = {}) => {
      const bad = unsupported(options);
      if (bad.length) return Promise.reject(new Error(`window.kitchen.run: not available yet: ${bad.join(', ')}`));
      return startRun({ stdin: options.stdin });
    },
    stop: () => void stopRun(),
    platform: currentPlatform,
    diagnostics: () =>
      editorHandle.markers().map((m) => ({
        line: m.startLineNumber, column: m.startColumn, endLine: m.endLineNumber, endColumn: m.endColumn, message: m.message,
      })),
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
