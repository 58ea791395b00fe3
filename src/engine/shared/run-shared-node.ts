// The shared platform from Node: `runShared(source, opts)` for the `kitchen` CLI and the
// tests. One warm pool per Node process, so consecutive runs (a test suite) start from
// loaded workers.

import { runSharedWith, type SharedRunOptions, type SharedRunResult } from './coordinator.ts';
import { WarmPool } from './warm-pool.ts';
import { spawnNodeWorker } from './node-spawn.ts';
import { availableParallelism } from 'node:os';

export type { SharedRunOptions, SharedRunResult };

let pool: WarmPool | null = null;

/** The process-wide pool of warm Node workers (created on first use). */
export function nodeWarmPool(reserve = 3): WarmPool {
  if (pool === null) pool = new WarmPool(spawnNodeWorker, reserve);
  pool.target = Math.max(pool.target, reserve);
  return pool;
}

/** `reserve`: loaded workers the pool keeps ready beyond those the run takes (default: one
 *  more than the run's pool size, for a test suite's next run; a one-shot CLI run needs
 *  fewer, each costs CPU to load). */
export function runShared(source: string, opts: SharedRunOptions, reserve = (opts.poolSize ?? 2) + 1): Promise<SharedRunResult> {
  return runSharedWith(nodeWarmPool(reserve), source, { cpuCount: availableParallelism(), ...opts });
}
