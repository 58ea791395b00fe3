// The header's teaching controls: Share, Embed, Compare, Predict first, Projector, and the
// list of keyboard shortcuts. Toggles are buttons with aria-pressed, reachable with Tab.

import { useState } from 'react';
import { store, useKitchen } from '../store/index.ts';
import { ShareDialog } from './ShareDialog.tsx';
import { EmbedDialog } from './EmbedDialog.tsx';
import { ModalDialog } from './ModalDialog.tsx';

export function ClassroomBar() {
  const projector = useKitchen((s) => s.projector);
  const predictFirst = useKitchen((s) => s.predictFirst);
  const compareOpen = useKitchen((s) => s.compareOpen);
  const [dialog, setDialog] = useState<'share' | 'embed' | 'keys' | null>(null);
  const close = () => setDialog(null);
  return (
    <div className="classroom-bar" role="group" aria-label="Teaching">
      <button type="button" className="btn btn-small" data-testid="compare-toggle" aria-pressed={compareOpen} onClick={() => store.getState().setCompareOpen(!compareOpen)}
        title="Run one workload sequentially, with threads, processes and asyncio, and compare the wall times">
        Compare
      </button>
      <button type="button" className="btn btn-small" data-testid="predict-toggle" aria-pressed={predictFirst} onClick={() => store.getState().setPredictFirst(!predictFirst)}
        title="Hide each run's result until the class has predicted it">
        Predict first
      </button>
      <button type="button" className="btn btn-small" data-testid="projector-toggle" aria-pressed={projector} onClick={() => store.getState().setProjector(!projector)}
        title="Large type, high contrast, chrome hidden">
        Projector
      </button>
      <button type="button" className="btn btn-small" data-testid="share" onClick={() => setDialog('share')}>Share</button>
      <button type="button" className="btn btn-small classroom-secondary" data-testid="embed-code-open" onClick={() => setDialog('embed')}>Embed</button>
      <button type="button" className="btn btn-small classroom-secondary" aria-label="Keyboard shortcuts" onClick={() => setDialog('keys')}>⌨</button>
      <ShareDialog open={dialog === 'share'} onClose={close} />
      <EmbedDialog open={dialog === 'embed'} onClose={close} />
      <ModalDialog title="Keyboard shortcuts" open={dialog === 'keys'} onClose={close} testId="shortcuts-dialog">
        <dl className="shortcut-list">
          <dt><kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd></dt><dd>Run</dd>
          <dt><kbd>Esc</kbd></dt><dd>Stop the run</dd>
          <dt><kbd>Space</kbd></dt><dd>Play or pause the trace</dd>
          <dt><kbd>←</kbd> <kbd>→</kbd></dt><dd>Previous or next event</dd>
          <dt><kbd>Home</kbd> <kbd>End</kbd></dt><dd>Start or end of the trace</dd>
        </dl>
        <p>Space, the arrows, Home and End act when the focus is outside the editor, so typing is never interrupted: click outside it, or press <kbd>Ctrl</kbd>+<kbd>M</kbd> (<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd> on a Mac) then <kbd>Tab</kbd> to leave it from the keyboard. The same keys make <kbd>Tab</kbd> indent again.</p>
      </ModalDialog>
    </div>
  );
}
