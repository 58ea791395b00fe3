// "Predict first": with the toggle on, a run's console and trace stay hidden behind a
// question until someone presses Reveal, so the class commits to an answer before seeing
// it. The question comes from the preset (presets.json "predict"); for the reader's own
// code it is an open question. After the reveal, one line recalls the prediction and what
// the guide says.

import type { ReactNode } from 'react';
import { useKitchen, store } from '../store/index.ts';
import { useCurrentPreset } from '../presets/PresetPicker.tsx';

const GENERIC = 'What will this program print, how long will it take, and which threads or tasks will run at the same time?';

export function PredictGate({ children }: { children: ReactNode }) {
  const predictFirst = useKitchen((s) => s.predictFirst);
  const revealed = useKitchen((s) => s.revealed);
  const prediction = useKitchen((s) => s.prediction);
  const status = useKitchen((s) => s.status);
  const preset = useCurrentPreset();
  const q = preset?.predict;
  const hidden = predictFirst && !revealed;

  return (
    <div className="predict-gate">
      <div className="predict-content" inert={hidden} aria-hidden={hidden} style={hidden ? { visibility: 'hidden' } : undefined}>
        {children}
      </div>
      {hidden && (
        <div className="predict-overlay" role="region" aria-label="Predict first" data-testid="predict-overlay">
          <h2>Predict first</h2>
          <p className="predict-question">{q?.question ?? GENERIC}</p>
          {q && (
            <fieldset className="predict-choices">
              <legend className="visually-hidden">Your prediction</legend>
              {q.choices.map((c, i) => (
                <label key={i} className="predict-choice">
                  <input type="radio" name="prediction" checked={prediction === i} onChange={() => store.getState().setPrediction(i)} />
                  {c}
                </label>
              ))}
            </fieldset>
          )}
          <p className="predict-status">{status === 'running' ? 'The program is running…' : 'The run has finished.'}</p>
          <button type="button" className="btn" data-testid="reveal" onClick={() => store.getState().reveal()}>
            Reveal
          </button>
        </div>
      )}
      {predictFirst && revealed && q && prediction !== null && (
        <p className="predict-result" data-testid="predict-result" role="status">
          You predicted “{q.choices[prediction]}”. The guide says “{q.choices[q.answer]}”
          {prediction === q.answer ? ' — you agree with the guide.' : ' — look at the timeline to see why.'}
        </p>
      )}
    </div>
  );
}
