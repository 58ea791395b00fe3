// Coalesces output batches from the run worker into at most one store update per `intervalMs`
// (then on the next animation frame): the worker may post faster than the page can lay out a
// long console, and a page that is busy laying out would answer the Stop button late. A timer
// backs up requestAnimationFrame, which does not fire in a hidden tab.

export interface FrameBatcher<T> {
  push(items: readonly T[]): void;
  /** Deliver what is pending now (the run ended: its last output must precede the verdict). */
  flushNow(): void;
}

export function createFrameBatcher<T>(deliver: (items: T[]) => void, intervalMs = 80, fallbackMs = 250): FrameBatcher<T> {
  let pending: T[] = [];
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let spacing: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;
  const flushNow = () => {
    if (spacing !== null) clearTimeout(spacing);
    spacing = null;
    last = performance.now();
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = timer = null;
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    deliver(items);
  };
  return {
    push(items) {
      pending.push(...items);
      if (frame !== null || spacing !== null) return;
      const wait = Math.max(0, last + intervalMs - performance.now());
      spacing = setTimeout(() => {
        spacing = null;
        frame = requestAnimationFrame(flushNow);
        timer = setTimeout(flushNow, fallbackMs);
      }, wait);
    },
    flushNow,
  };
}
