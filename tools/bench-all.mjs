// `npm run bench`: every benchmark suite, one after the other, each printing its own table
// against python3 run side by side in the same script:
//
//   core      tools/bench.ts          CPU-bound programs (bench/*.py) and the 10**7 str(i) memory figures
//   threads   tools/bench-threads.ts  T(k)/T(1), sleeping threads, thread start and GIL hand-off latency
//   processes tools/bench-processes.ts T(1)/T(k) over 1, 2, 4 processes, process start latency,
//                                     Pool.map over 10,000 items
//   asyncio   tools/bench-asyncio.ts  many tasks and sleeps on the event loop
//   views     tools/bench-views.ts    timeline pan/zoom with 1,000,000 events and the kitchen's frame
//                                     rate, in Debian's Chromium
//
// `npm run bench -- core,threads` runs only those suites. The exit status is 1 when a suite failed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const suites = {
  core: 'tools/bench.ts',
  threads: 'tools/bench-threads.ts',
  processes: 'tools/bench-processes.ts',
  asyncio: 'tools/bench-asyncio.ts',
  views: 'tools/bench-views.ts',
};
const chosen = process.argv[2] ? process.argv[2].split(',') : Object.keys(suites);
const unknown = chosen.filter((s) => !(s in suites));
if (unknown.length) {
  console.error(`bench: unknown suite ${unknown.join(', ')}; suites: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
let failed = [];
for (const name of chosen) {
  console.log(`\n=== bench: ${name} (${suites[name]}) ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', suites[name]], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed.push(name);
}
if (failed.length) {
  console.log(`\nbench: suites that failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
