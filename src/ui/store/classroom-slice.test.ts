// Predict first must hide a run's result only when it is on, and turning it off must show
// everything again.

import { describe, expect, it } from 'vitest';
import { createKitchenStore } from './index.ts';

describe('classroom slice', () => {
  it('hides a run for prediction only with predict first on', () => {
    const s = createKitchenStore();
    s.getState().hideForPrediction();
    expect(s.getState().revealed).toBe(true);
    s.getState().setPredictFirst(true);
    s.getState().setPrediction(1);
    s.getState().hideForPrediction();
    expect(s.getState()).toMatchObject({ revealed: false, prediction: null });
    s.getState().setPrediction(0);
    s.getState().reveal();
    expect(s.getState()).toMatchObject({ revealed: true, prediction: 0 });
  });

  it('turning predict first off reveals the hidden run', () => {
    const s = createKitchenStore();
    s.getState().setPredictFirst(true);
    s.getState().hideForPrediction();
    s.getState().setPredictFirst(false);
    expect(s.getState().revealed).toBe(true);
  });
});
