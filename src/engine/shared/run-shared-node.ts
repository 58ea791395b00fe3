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

export function runShared(source: string, opts: SharedRunOptions): Promise<SharedRunResult> {
  return runSharedWith(nodeWarmPool((opts.poolSize ?? 2) + 1), source, { cpuCount: availableParallelism(), ...opts });
}
