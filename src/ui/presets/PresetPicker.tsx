// Beside the editor: a picker of every preset (the guide's examples, then the lessons) and
// the chosen one's explanation in the guide's terms. Choosing a preset replaces the program
// (undo brings the old one back); editing it keeps the explanation until another is chosen.

import { useEffect, useState } from 'react';
import { useKitchen } from '../store/index.ts';
import { loadPresets, type Preset } from './preset-catalog.ts';
import { applyPreset } from './apply-preset.ts';

const selectPresetId = (s: { presetId: string | null }) => s.presetId;

export function usePresets(): { presets: Preset[]; error: string | null } {
  const [presets, setPresets] = useState<Preset[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadPresets().then(
      (p) => live && setPresets(p),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  return { presets, error };
}

export function PresetPicker({ compact = false }: { compact?: boolean }) {
  const { presets, error } = usePresets();
  const presetId = useKitchen(selectPresetId);
  const [loadError, setLoadError] = useState<string | null>(null);
  const current = presets.find((p) => p.id === presetId) ?? null;
  const choose = (id: string) => {
    const p = presets.find((x) => x.id === id);
    if (!p) return;
    setLoadError(null);
    applyPreset(p).catch((e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)));
  };
  const group = (kind: Preset['kind']) => presets.filter((p) => p.kind === kind);

  return (
    <div className={compact ? 'preset-panel preset-panel-compact' : 'preset-panel'} data-testid="preset-panel">
      <label className="preset-picker">
        <span>Example</span>
        <select data-testid="preset-select" value={presetId ?? ''} onChange={(e) => choose(e.currentTarget.value)} disabled={presets.length === 0}>
          <option value="" disabled>
            {presets.length ? 'Choose an example…' : 'Loading examples…'}
          </option>
          <optgroup label="The guide's examples">
            {group('guide').map((p) => (
              <option key={p.id} value={p.id}>{p.title}</option>
            ))}
          </optgroup>
          <optgroup label="Lessons">
            {group('lesson').map((p) => (
              <option key={p.id} value={p.id}>{p.title}</option>
            ))}
          </optgroup>
        </select>
      </label>
      {(error || loadError) && <p className="preset-error" role="alert">{error ?? loadError}</p>}
      {current && !compact && (
        <div className="preset-explanation" data-testid="preset-explanation" aria-live="polite">
          <p className="preset-guide">Guide: {current.guide}</p>
          <p>{current.summary}</p>
          {current.predicts && <p className="preset-predicts">The guide predicts: {current.predicts}.</p>}
        </div>
      )}
    </div>
  );
}

/** The preset currently in the editor, for other panels (predict first). */
export function useCurrentPreset(): Preset | null {
  const { presets } = usePresets();
  const presetId = useKitchen(selectPresetId);
  return presets.find((p) => p.id === presetId) ?? null;
}
