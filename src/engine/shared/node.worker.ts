// Entry of a shared-platform worker in Node (worker_threads): the CLI and the tests.
// Started through node-spawn.ts (a bundled script run by worker-loader.ts, or tsx for the
// TypeScript sources).

import { parentPort } from 'node:worker_threads';
import { startSharedWorker } from './worker-entry.ts';
import type { ToWorker } from './messages.ts';
import { dirname } from 'node:path';
import { setFdLineReader, setProgramDirReader } from './worker-host.ts';
import { createFdLineReader, nodeProgramDir } from '../node-host.ts';
import { codeCacheHook } from './worker-loader.ts';
import { installStdlibCode } from '../node-stdlib-code.ts';

// The CLI's precompiled standard library, when it named one (KITCHEN_STDLIB_CODE).
installStdlibCode();

// A terminal is read line by line by whichever worker's thread calls input(): in canonical
// mode one read returns one line, so workers do not take each other's input.
const readers = new Map<number, { readLine: () => string | null }>();
setFdLineReader((fd) => {
  let r = readers.get(fd);
  if (r === undefined) readers.set(fd, (r = createFdLineReader(fd)));
  return r.readLine();
});

// Imports find the modules beside the program in its folder (python's sys.path[0]).
setProgramDirReader((filename) => nodeProgramDir(dirname(filename)));

// Loaded without a usable V8 code cache (node-spawn.ts): write one once a process ran to its
// end here, so that it holds the interpreter functions that run compiled. Before the 'exit'
// message, which may be the last thing this worker does (a CLI then ends the Node process).
const codeCache = codeCacheHook();

const port = parentPort!;
startSharedWorker({
  post: (m) => {
    if (m.type === 'exit' && m.exitCode === 0 && codeCache?.wanted) codeCache.save();
    port.postMessage(m);
  },
  onMessage: (f) => port.on('message', (m: ToWorker) => f(m)),
});
