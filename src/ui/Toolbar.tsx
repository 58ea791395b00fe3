// Run and Stop. Stop is enabled only while a program runs; Run restarts a fresh worker.

import { selectStatus, useKitchen } from './store/index.ts';
import { startRun, stopRun } from './run-controller.ts';

export function Toolbar() {
  const status = useKitchen(selectStatus);
  const running = status === 'running';
  return (
    <div className="toolbar" role="toolbar" aria-label="Run controls">
      <button
        type="button"
        className="btn btn-run"
        data-testid="run"
        disabled={running}
        onClick={() => void startRun().catch(() => {/* shown in the console by the controller */})}
        title="Run the program (Ctrl+Enter)"
      >
        ▶ Run
      </button>
      <button type="button" className="btn btn-stop" data-testid="stop" disabled={!running} onClick={() => stopRun()} title="Stop the program at once">
        ■ Stop
      </button>
      <span className="run-status" data-testid="run-status" data-status={status}>
        {status === 'running' ? 'running…' : ''}
      </span>
    </div>
  );
}
