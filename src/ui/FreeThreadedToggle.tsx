// The toolbar's free-threaded switch (PEP 703 mode: no GIL, threads of a process run in
// parallel). Available on the virtual platform, whose scheduler runs threads on its virtual
// cores without a GIL; the shared platform does not have the mode yet, so there the switch is
// shown disabled and says why. Its state is this file's own small store, read by the run
// controller when a run starts.

import { createStore, useStore } from 'zustand';
import { selectPlatform, selectStatus, useKitchen } from './store/index.ts';

const choice = createStore<{ on: boolean }>()(() => ({ on: false }));

/** Whether the next run (of the virtual platform) is free-threaded. */
export function freeThreadedChosen(): boolean {
  return choice.getState().on;
}

export function FreeThreadedToggle() {
  const on = useStore(choice, (s) => s.on);
  const platform = useKitchen(selectPlatform);
  const running = useKitchen(selectStatus) === 'running';
  const available = platform === 'virtual';
  return (
    <label
      className="platform-select"
      title={available
        ? 'Free-threaded (PEP 703): no GIL, threads run in parallel on the virtual cores'
        : 'Free-threaded mode is not available on the shared platform yet: choose the virtual platform'}
    >
      <input
        type="checkbox"
        data-testid="free-threaded"
        checked={on && available}
        disabled={!available || running}
        onChange={(e) => choice.setState({ on: e.currentTarget.checked })}
      />
      free-threaded
    </label>
  );
}
