// The shared platform from Node: `runShared(source, opts)` for the `kitchen` CLI and the
// tests. One warm pool per Node process, so consecutive runs (a test suite) start from
// loaded workers. Without an explicit poolSize, a program that imports a thread module gets
// a larger pool up front (pool-size.ts).

import { runSharedWith, type SharedRunOptions, type SharedRunResult } from './coordinator.ts';
import { WarmPool } from './warm-pool.ts';
import { spawnNodeWorker } from './node-spawn.ts';
import { availableParallelism } from 'node:os';
import { poolSizeFor } from './pool-size.ts';

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
export function runShared(source: string, opts: SharedRunOptions, reserve?: number): Promise<SharedRunResult> {
  const poolSize = opts.poolSize ?? poolSizeFor(source);
  const p = nodeWarmPool(reserve ?? poolSize + 1);
  // The reserve is refilled once the run is over (warm-pool.ts).
  return runSharedWith(p, source, { cpuCount: availableParallelism(), ...opts, poolSize }).finally(() => p.fillSoon());
}
