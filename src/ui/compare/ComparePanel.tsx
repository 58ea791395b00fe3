// The compare view: choose CPU-bound or I/O-bound work and its size, run it sequentially,
// with threads, with processes and with asyncio, and see the wall times as bars, the
// guide's prediction, and whether this run agrees. A variant that fails shows its error as
// the engine reported it; its bar is missing, not invented.

import { useState } from 'react';
import { DEFAULT_VIRTUAL_CORES } from '../run-controller.ts';
import { store, useKitchen, selectPlatform } from '../store/index.ts';
import { editorHandle } from '../editor/editor-handle.ts';
import { runComparison, stopComparison, type VariantResult } from './run-compare.ts';
import { compareProgram, judge, prediction, sizeLabel, SIZES, VARIANTS, type Variant, type Workload } from './workloads.ts';
import { BarChart } from './BarChart.tsx';

function deviceCores(): number {
  return navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 4;
}

export function ComparePanel() {
  const platform = useKitchen(selectPlatform);
  const [workload, setWorkload] = useState<Workload>('cpu');
  const [level, setLevel] = useState(2);
  const [results, setResults] = useState<Partial<Record<Variant, VariantResult>>>({});
  const [running, setRunning] = useState(false);
  const [ranWith, setRanWith] = useState<{ workload: Workload; cores: number; platform: string } | null>(null);
  const size = SIZES[workload][level]!;
  const cores = platform === 'virtual' ? DEFAULT_VIRTUAL_CORES : deviceCores();

  const run = async () => {
    setRunning(true);
    setResults({});
    setRanWith({ workload, cores, platform });
    try {
      await runComparison(workload, size, VARIANTS, platform, cores, (r) => setResults((old) => ({ ...old, [r.variant]: r })));
    } finally {
      setRunning(false);
    }
  };
  const finished = ranWith !== null && !running && VARIANTS.every((v) => results[v] && results[v]!.state !== 'pending' && results[v]!.state !== 'running');
  const verdict = finished ? judge(ranWith.workload, Object.fromEntries(VARIANTS.map((v) => [v, results[v]?.seconds ?? null])), ranWith.cores) : null;

  return (
    <section className="compare" aria-label="Compare" data-testid="compare">
      <div className="compare-controls">
        <fieldset className="compare-workload">
          <legend>Workload</legend>
          {(['cpu', 'io'] as const).map((w) => (
            <label key={w}>
              <input type="radio" name="workload" value={w} checked={workload === w} disabled={running} onChange={() => setWorkload(w)} data-testid={`workload-${w}`} />
              {w === 'cpu' ? 'CPU-bound (counting)' : 'I/O-bound (waiting)'}
            </label>
          ))}
        </fieldset>
        <label className="compare-size">
          Size
          <input type="range" min={0} max={SIZES[workload].length - 1} step={1} value={level} disabled={running}
            aria-valuetext={sizeLabel(workload, size)} onChange={(e) => setLevel(Number(e.currentTarget.value))} data-testid="compare-size" />
          <span>{sizeLabel(workload, size)} × 4 tasks</span>
        </label>
        <button type="button" className="btn btn-run" onClick={() => void run()} disabled={running} data-testid="compare-run">▶ Run all four</button>
        <button type="button" className="btn btn-stop" onClick={stopComparison} disabled={!running}>■ Stop</button>
        <span className="compare-platform">on the {platform} platform, {cores} {platform === 'virtual' ? 'virtual ' : ''}cores{platform === 'virtual' ? ' (simulated time)' : ''}</span>
      </div>
      <p className="compare-prediction" data-testid="compare-prediction">{prediction(workload, cores)}</p>
      <BarChart
        bars={VARIANTS.map((v) => ({ label: v, seconds: results[v]?.seconds ?? null, state: results[v]?.state ?? 'pending' }))}
      />
      {verdict && (
        <p className={`compare-verdict compare-verdict-${String(verdict.agrees)}`} data-testid="compare-verdict" data-agrees={String(verdict.agrees)} role="status">
          {verdict.agrees === true ? '✓ ' : verdict.agrees === false ? '✗ ' : '? '}
          {verdict.summary}
        </p>
      )}
      <ul className="compare-errors">
        {VARIANTS.filter((v) => results[v]?.error).map((v) => (
          <li key={v} data-testid={`compare-error-${v}`}>
            <strong>{v} failed:</strong>
            <pre>{results[v]!.error}</pre>
          </li>
        ))}
      </ul>
      <details className="compare-programs">
        <summary>The four programs</summary>
        {VARIANTS.map((v) => (
          <div key={v}>
            <h3>{v}</h3>
            <pre>{compareProgram(workload, v, size)}</pre>
            <button type="button" className="btn btn-small" onClick={() => {
              editorHandle.setCode(compareProgram(workload, v, size));
              store.getState().setPresetId(null);
              store.getState().setCompareOpen(false);
            }}>Open in the editor</button>
          </div>
        ))}
      </details>
    </section>
  );
}
