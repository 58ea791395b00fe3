// A test worker for ft-world.test.ts: one "Python thread" of a free-threaded process. A
// runner attaches, then "executes bytecode" in a loop (a probe counts runners inside their
// critical part, and flags one seen while the world is stopped), polls its eval breaker and
// parks when asked, and now and then detaches as a blocking call would. The stopper (index
// 0) repeatedly stops the world, checks that no runner is inside, and starts it again.
import { parentPort, workerData } from 'node:worker_threads';
import { FtWorld } from '../ft-world.ts';
import { GIL_DROP_REQUEST_BIT } from '../../gil.ts';

const { sab, base, me, breakers, probe, iterations, stops, threads } = workerData as {
  sab: SharedArrayBuffer; base: number; me: number; breakers: number; probe: number;
  iterations: number; stops: number; threads: number;
};
const i32 = new Int32Array(sab);
const INSIDE = probe, STOPPED = probe + 1, VIOLATIONS = probe + 2, READY = probe + 3, DONE = probe + 4;
const world = new FtWorld(i32, base, me, (slot) => breakers + slot);
const slot = me + 1;
Atomics.add(i32, READY, 1);
while (Atomics.load(i32, READY) < threads) Atomics.wait(i32, READY, Atomics.load(i32, READY), 1);
world.attach(slot);
let parks = 0;
if (me === 0) {
  for (let n = 0; n < stops; n++) {
    world.stop();
    Atomics.store(i32, STOPPED, 1);
    if (Atomics.load(i32, INSIDE) !== 0) Atomics.add(i32, VIOLATIONS, 1);
    for (let k = 0; k < 200; k++) Math.sqrt(k);
    if (Atomics.load(i32, INSIDE) !== 0) Atomics.add(i32, VIOLATIONS, 1);
    Atomics.store(i32, STOPPED, 0);
    world.start();
    // Between stops, run like the others until they are done (a stopper is a thread too).
    for (let k = 0; k < 2000; k++) Math.sqrt(k);
  }
} else {
  for (let n = 0; n < iterations; n++) {
    Atomics.add(i32, INSIDE, 1);
    if (Atomics.load(i32, STOPPED) !== 0) Atomics.add(i32, VIOLATIONS, 1);
    for (let k = 0; k < 20; k++) Math.sqrt(k);
    Atomics.sub(i32, INSIDE, 1);
    // A check point: the eval loop returns 'yield-gil' and the worker parks.
    if ((Atomics.load(i32, breakers + slot) & GIL_DROP_REQUEST_BIT) !== 0) {
      world.drop(slot, 'interval');
      world.take(slot);
      parks++;
    }
    // A blocking call now and then: detach, wait a little, attach.
    if (n % 5000 === 4999) {
      world.drop(slot, 'blocking');
      Atomics.wait(i32, DONE + 1, 0, 0.2);
      world.take(slot);
    }
  }
}
world.drop(slot, 'exit');
Atomics.add(i32, DONE, 1);
parentPort!.postMessage({ parks, stops: world.stops });
