// Runs a TypeScript worker module under tsx: Node 20 workers do not inherit the parent's
// module loader hooks, so the worker registers tsx itself and then imports its real entry.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.__entry);
