// One unobtrusive line: is the page cross-origin isolated, and so which platform runs the
// code (DESIGN.md §6). In a frame that is not isolated, offer to open the kitchen in a tab.

import { currentPlatform, isFramed, isIsolated } from './platform.ts';

export function StatusLine() {
  const isolated = isIsolated();
  const platform = currentPlatform();
  return (
    <footer className="status-line" data-testid="status-line" data-isolated={String(isolated)} data-platform={platform}>
      {isolated ? 'Cross-origin isolated' : 'Not cross-origin isolated (no SharedArrayBuffer)'} · platform: {platform}
      {!isolated && ' — threads will be simulated in one worker'}
      {!isolated && isFramed() && (
        <>
          {' · '}
          <a href={window.location.href} target="_blank" rel="noopener">open in a new tab</a>
        </>
      )}
    </footer>
  );
}
