// A test worker that behaves like a CPU-bound Python thread: it takes the GIL, "executes
// bytecode" (a non-atomic read-modify-write of a shared counter, which is only safe under the
// GIL), polls its eval breaker at check points, and drops/re-takes the GIL when asked.
import { parentPort, workerData } from 'node:worker_threads';
import { Gil } from '../gil';

const { sab, slot, iterations, counterIndex, gilBase, breakers, holdersIndex } = workerData as {
  sab: SharedArrayBuffer; slot: number; iterations: number; counterIndex: number;
  gilBase: number; breakers: number; holdersIndex: number;
};
const i32 = new Int32Array(sab);
const gil = new Gil(i32, { base: gilBase, breakerIndex: (s) => breakers + s });
let drops = 0;
// Start together, so the threads really contend instead of running one after another.
const ready = holdersIndex + 2;
Atomics.add(i32, ready, 1);
while (Atomics.load(i32, ready) < (workerData as { threads: number }).threads) Atomics.wait(i32, ready, Atomics.load(i32, ready), 1);
gil.take(slot);
for (let n = 0; n < iterations; n++) {
  // Mutual exclusion probe: count how many threads believe they hold the GIL right now.
  const inside = Atomics.add(i32, holdersIndex, 1) + 1;
  if (inside !== 1) Atomics.store(i32, holdersIndex + 1, 1); // violation flag
  const v = i32[counterIndex]!; // deliberately non-atomic
  for (let k = 0; k < 50; k++) Math.sqrt(k); // some work between load and store
  i32[counterIndex] = v + 1;
  Atomics.sub(i32, holdersIndex, 1);
  if ((Atomics.load(i32, gil.breakerIndex(slot)) & 1) !== 0) {
    gil.drop(slot, 'interval');
    drops++;
    gil.take(slot);
  }
}
gil.drop(slot, 'exit');
parentPort!.postMessage({ drops });
