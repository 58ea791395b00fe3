// Host.waitSync for a run that has one Python thread on one worker (the browser run worker,
// the Node CLI, the conformance runner): time.sleep blocks the worker for real.
//
// Atomics.wait is the only way to block a JS thread without burning a core, and it needs an
// Int32Array over a SharedArrayBuffer. Until threads share a heap (the shared platform), no
// other thread can ever change the word the VM names by `wakeIndex`, so waiting on a word of
// a private SharedArrayBuffer for the full timeout is the same thing.
//
// Where SharedArrayBuffer does not exist (a page that is not cross-origin isolated: browsers
// then hide the constructor) or Atomics.wait is not allowed, we fall back to a busy-wait on a
// monotonic clock: correct timing, but it keeps one core busy for the length of the sleep.

export type WaitResult = 'ok' | 'timed-out' | 'not-equal';
export type WaitSync = (wakeIndex: number, expected: number, micros: number) => WaitResult;

/** A monotonic clock in milliseconds (performance.now in browsers and Node). */
export type MonotonicMs = () => number;

function sharedWordOrNull(): Int32Array | null {
  if (typeof SharedArrayBuffer !== 'function') return null;
  try {
    const word = new Int32Array(new SharedArrayBuffer(4));
    // Atomics.wait throws on threads that may not block (a browser's main thread); probe once
    // with a zero timeout so the choice is made here, not in the middle of a program.
    Atomics.wait(word, 0, 0, 0);
    return word;
  } catch {
    return null;
  }
}

export interface WaitSyncImpl {
  wait: WaitSync;
  /** 'atomics' when Atomics.wait backs the waits, 'busy' when the fallback loop does. */
  readonly kind: 'atomics' | 'busy';
}

export function createWaitSync(clock: MonotonicMs): WaitSyncImpl {
  const word = sharedWordOrNull();
  if (word) {
    return {
      kind: 'atomics',
      wait: (_wakeIndex, _expected, micros) => {
        // SAFETY: nobody else holds `word`, so the wait can only end by timing out; the loop
        // guards against spurious early returns by waiting again for what is left.
        const end = clock() + micros / 1000;
        for (;;) {
          const left = end - clock();
          if (left <= 0) return 'timed-out';
          Atomics.wait(word, 0, 0, left);
        }
      },
    };
  }
  return {
    kind: 'busy',
    wait: (_wakeIndex, _expected, micros) => {
      const end = clock() + micros / 1000;
      while (clock() < end) {
        // Busy-wait: see the header comment for why there is nothing better here.
      }
      return 'timed-out';
    },
  };
}
