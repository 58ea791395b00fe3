// Entry of a shared-platform worker in Node (worker_threads): the CLI and the tests.
// Started through node-spawn.ts (a bundled .mjs, or tsx for the TypeScript sources).

import { parentPort } from 'node:worker_threads';
import { startSharedWorker } from './worker-entry.ts';
import type { ToWorker } from './messages.ts';

const port = parentPort!;
startSharedWorker({
  post: (m) => port.postMessage(m),
  onMessage: (f) => port.on('message', (m: ToWorker) => f(m)),
});
