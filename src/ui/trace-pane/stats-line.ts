// The one-line summary under the timeline (issue 7, "Stats"): wall time, GIL switches and
// achieved parallelism, from computeStats(buildModel(events)) (src/trace/intervals.ts).
// Pure, so the wording is tested without a browser.

import type { RunStats } from '../../trace/intervals.ts';
import { formatMicros } from '../timeline/view-window.ts';

export interface StatsParts {
  wall: string;
  switches: string;
  parallelism: string;
}

export function statsParts(stats: RunStats, platform: 'shared' | 'virtual'): StatsParts {
  return {
    // Virtual runs happen in simulated time: say so, so nobody reads it as a measurement.
    wall: `${formatMicros(stats.wall)}${platform === 'virtual' ? ' (simulated)' : ''}`,
    switches: String(stats.gilSwitches),
    // Busy thread-time per wall time: 1.00× means one thread ran at a time on average.
    parallelism: `${stats.parallelism.toFixed(2)}×`,
  };
}

export function statsLine(stats: RunStats, platform: 'shared' | 'virtual'): string {
  const p = statsParts(stats, platform);
  return `Wall time ${p.wall} · GIL switches ${p.switches} · parallelism ${p.parallelism}`;
}
