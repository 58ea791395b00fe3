// Runs the four compare programs one after another on their own runner (not the editor's:
// the program in the editor, its console and its trace stay as they are) and reports each
// variant's time, or its error exactly as the engine gave it.

import { PageRunner } from '../../engine/page-runner.ts';
import type { PlatformName } from '../platform.ts';
import { compareProgram, parseElapsed, type Variant, type Workload } from './workloads.ts';

export interface VariantResult {
  variant: Variant;
  /** Seconds the program measured; null when it failed or was stopped. */
  seconds: number | null;
  /** The last lines of stderr, or the engine's message, when it failed. */
  error: string | null;
  state: 'pending' | 'running' | 'done' | 'failed' | 'stopped';
}

let runner: PageRunner | null = null;
let cancelled = false;

function lastLines(text: string, n = 4): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

export async function runComparison(
  w: Workload,
  size: number,
  variants: readonly Variant[],
  platform: PlatformName,
  cores: number,
  onUpdate: (r: VariantResult) => void,
): Promise<void> {
  runner ??= new PageRunner();
  cancelled = false;
  for (const variant of variants) onUpdate({ variant, seconds: null, error: null, state: 'pending' });
  for (const variant of variants) {
    if (cancelled) {
      onUpdate({ variant, seconds: null, error: null, state: 'stopped' });
      continue;
    }
    onUpdate({ variant, seconds: null, error: null, state: 'running' });
    let stdout = '';
    let stderr = '';
    const handle = runner.start(
      { source: compareProgram(w, variant, size), filename: 'compare.py', platform, ...(platform === 'virtual' ? { cores, seed: 1 } : {}) },
      {
        onOutput: (chunks) => {
          for (const c of chunks) {
            if (c.stream === 'stdout') stdout += c.text;
            else stderr += c.text;
          }
        },
      },
    );
    const o = await handle.outcome;
    const seconds = parseElapsed(stdout);
    if (o.kind === 'stopped') onUpdate({ variant, seconds: null, error: null, state: 'stopped' });
    else if (o.kind === 'internal-error') onUpdate({ variant, seconds: null, error: `The engine failed: ${o.message}`, state: 'failed' });
    else if (o.exitCode !== 0 || seconds === null) {
      const why = o.end === 'deadlock' ? 'deadlock detected' : o.end === 'time-limit' ? 'time limit reached' : `exit status ${o.exitCode}`;
      onUpdate({ variant, seconds: null, error: `${why}${stderr ? `\n${lastLines(stderr)}` : ''}`, state: 'failed' });
    } else onUpdate({ variant, seconds, error: null, state: 'done' });
  }
}

export function stopComparison(): void {
  cancelled = true;
  runner?.stop();
}
