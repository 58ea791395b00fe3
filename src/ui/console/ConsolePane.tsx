// The console: the program's stdout, stderr (red and italic, with a bar at the left, so it is
// told apart without relying on colour alone) and the kitchen's own notes. Sticks to the
// bottom while output arrives unless the reader scrolled up.

import { useLayoutEffect, useRef } from 'react';
import { selectChunks, selectDropped, useKitchen } from '../store/index.ts';
import { useConsoleAtCursor } from '../playback/use-console-at.ts';

export function ConsolePane() {
  const live = useKitchen(selectChunks);
  const dropped = useKitchen(selectDropped);
  // During playback: the output up to the cursor's instant.
  const replay = useConsoleAtCursor();
  const chunks = replay ?? live;
  const box = useRef<HTMLPreElement>(null);
  const stick = useRef(true);

  useLayoutEffect(() => {
    const el = box.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [chunks]);

  return (
    <section className="console" aria-label="Console">
      <h2 className="pane-title">Console</h2>
      <pre
        ref={box}
        className="console-output"
        data-testid="console"
        role="log"
        aria-live="polite"
        onScroll={(e) => {
          const el = e.currentTarget;
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
      >
        {replay !== null && <span className="console-system" data-testid="console-at-cursor">[output up to the playback cursor]{'\n'}</span>}
        {replay === null && dropped > 0 && <span className="console-system">[{dropped.toLocaleString()} earlier characters not shown]{'\n'}</span>}
        {chunks.map((c) => (
          <span key={c.id} className={`console-${c.stream}`} data-stream={c.stream}>
            {c.text}
          </span>
        ))}
      </pre>
    </section>
  );
}
