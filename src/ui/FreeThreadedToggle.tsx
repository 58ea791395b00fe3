// The toolbar's free-threaded switch (PEP 703 mode: no GIL, threads of a process run in
// parallel). On the virtual platform the scheduler runs threads on its virtual cores without
// a GIL; on the shared platform each thread's worker runs on a real core, with per-object
// locks in list/dict/set and a stop-the-world collector (src/engine/shared/ft-world.ts). Its
// state is this file's own small store, read by the run controller when a run starts.

import { createStore, useStore } from 'zustand';
import { selectPlatform, selectStatus, useKitchen } from './store/index.ts';

const choice = createStore<{ on: boolean }>()(() => ({ on: false }));

/** Whether the next run is free-threaded. */
export function freeThreadedChosen(): boolean {
  return choice.getState().on;
}

export function FreeThreadedToggle() {
  const on = useStore(choice, (s) => s.on);
  const platform = useKitchen(selectPlatform);
  const running = useKitchen(selectStatus) === 'running';
  return (
    <label
      className="platform-select"
      title={platform === 'virtual'
        ? 'Free-threaded (PEP 703): no GIL, threads run in parallel on the virtual cores'
        : 'Free-threaded (PEP 703): no GIL, threads run in parallel on this device\'s cores'}
    >
      <input
        type="checkbox"
        data-testid="free-threaded"
        checked={on}
        disabled={running}
        onChange={(e) => choice.setState({ on: e.currentTarget.checked })}
      />
      free-threaded
    </label>
  );
}
