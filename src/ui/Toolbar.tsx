// Run and Stop, and the platform the next run uses. Stop is enabled only while a program
// runs; Run restarts a fresh worker. 'shared' needs a cross-origin isolated page, so it is
// offered only there; 'virtual' (every thread in one worker under the deterministic
// scheduler, simulated time) works everywhere.

import { selectPlatform, selectStatus, store, useKitchen } from './store/index.ts';
import { startRun, stopRun } from './run-controller.ts';
import { isIsolated, type PlatformName } from './platform.ts';
import { FreeThreadedToggle } from './FreeThreadedToggle.tsx';

export function Toolbar() {
  const status = useKitchen(selectStatus);
  const platform = useKitchen(selectPlatform);
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
      <label className="platform-select" title="Where Python threads run: 'shared' uses this page's workers (needs cross-origin isolation); 'virtual' simulates them deterministically in one worker">
        Platform
        <select
          data-testid="platform"
          value={platform}
          disabled={running}
          onChange={(e) => store.getState().setPlatform(e.currentTarget.value as PlatformName)}
        >
          <option value="shared" disabled={!isIsolated()}>shared</option>
          <option value="virtual">virtual</option>
        </select>
      </label>
      <FreeThreadedToggle />
      <span className="run-status" data-testid="run-status" data-status={status}>
        {status === 'running' ? 'running…' : ''}
      </span>
    </div>
  );
}
