// Fallback worker entry when esbuild is not available (node-spawn.ts): registers tsx in the
// worker (Node 20 workers do not inherit the parent's loader), then imports the TS entry.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.__entry);
