// One unobtrusive line: is the page cross-origin isolated, and so which platform runs the
// code (DESIGN.md §6). In a frame that is not isolated, offer to open the kitchen in a tab.

import { isFramed, isIsolated } from './platform.ts';
import { selectPlatform, useKitchen } from './store/index.ts';

export function StatusLine() {
  const isolated = isIsolated();
  // The platform the toolbar selected (the page's best one unless the reader changed it).
  const platform = useKitchen(selectPlatform);
  return (
    <footer className="status-line" data-testid="status-line" data-isolated={String(isolated)} data-platform={platform}>
      {isolated ? 'Cross-origin isolated' : 'Not cross-origin isolated (no SharedArrayBuffer)'} · platform: {platform}
      {platform === 'virtual' && ' — threads are simulated in one worker (deterministic, simulated time)'}
      {platform === 'shared' && ' — every Python thread on its own Web Worker over a shared heap (real time)'}
      {!isolated && isFramed() && (
        <>
          {' · '}
          <a href={window.location.href} target="_blank" rel="noopener">open in a new tab</a>
        </>
      )}
    </footer>
  );
}
