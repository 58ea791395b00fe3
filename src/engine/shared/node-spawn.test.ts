// Node workers load the bundled interpreter as a classic script with a V8 code cache
// (node-spawn.ts, worker-loader.ts): a worker started without a usable cache writes one when
// its process ends cleanly, and V8 accepts that cache for the same bundle.
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnNodeWorker, workerBundle } from './node-spawn.ts';
import { WarmPool } from './warm-pool.ts';
import { runSharedWith } from './coordinator.ts';

const pool = new WarmPool(spawnNodeWorker, 0);
afterAll(() => pool.dispose());

describe('Node worker bundle and code cache', () => {
  it('runs a program from the bundled script and leaves a code cache V8 accepts', async () => {
    const b = workerBundle();
    expect(b).not.toBeNull();
    const source = Buffer.from(b!.bytes).toString('utf8');
    expect(source.startsWith('(function (require, module, exports, __filename, __dirname) {')).toBe(true);
    try { unlinkSync(b!.cache); } catch { /* none yet */ }
    const r = await runSharedWith(pool, 'import threading\nt = threading.Thread(target=print, args=("hi",))\nt.start(); t.join()\n', {
      filename: 'main.py', poolSize: 1, timeLimitMs: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('hi\n');
    expect(existsSync(b!.cache)).toBe(true);
    const script = new Script(source, { filename: b!.file, cachedData: readFileSync(b!.cache) });
    expect(script.cachedDataRejected).toBe(false);
  }, 90_000);
});
