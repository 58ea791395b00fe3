// Which platform runs Python on this page (DESIGN.md §1.6): 'shared' (one worker per thread
// over a SharedArrayBuffer heap) needs cross-origin isolation; without it browsers hide
// SharedArrayBuffer and the page falls back to 'virtual' (all threads in one worker).

export type PlatformName = 'shared' | 'virtual';

export function isIsolated(): boolean {
  return globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';
}

export function currentPlatform(): PlatformName {
  return isIsolated() ? 'shared' : 'virtual';
}

/** A page framed by another page cannot become isolated by itself; a new tab can. */
export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent: reading window.top threw
  }
}
