// Horizontal bars of the compare view's wall times, drawn as SVG by React (four bars need no
// chart library). Each bar is labelled with its time in text, and a failed or pending
// variant says so in words, so the chart reads without colour and by a screen reader.

export interface Bar {
  label: string;
  seconds: number | null;
  state: 'pending' | 'running' | 'done' | 'failed' | 'stopped';
}

const ROW = 34;
const LABEL = 110;
const WIDTH = 560;

function fmt(s: number): string {
  return s >= 1 ? `${s.toFixed(2)} s` : `${(s * 1000).toFixed(s >= 0.01 ? 0 : 1)} ms`;
}

export function BarChart({ bars }: { bars: Bar[] }) {
  const max = Math.max(1e-9, ...bars.map((b) => b.seconds ?? 0));
  const room = WIDTH - LABEL - 90;
  const description = bars.map((b) => `${b.label}: ${b.seconds !== null ? fmt(b.seconds) : b.state}`).join(', ');
  return (
    <svg className="bar-chart" viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 6}`} role="img" aria-label={`Wall times: ${description}`} data-testid="compare-chart">
      {bars.map((b, i) => {
        const y = i * ROW + 4;
        const w = b.seconds !== null ? Math.max(2, (b.seconds / max) * room) : 0;
        const text = b.seconds !== null ? fmt(b.seconds) : b.state === 'failed' ? 'failed (see below)' : b.state === 'running' ? 'running…' : b.state === 'stopped' ? 'stopped' : '—';
        return (
          <g key={b.label} data-variant={b.label} data-seconds={b.seconds ?? ''}>
            <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="bar-label">{b.label}</text>
            {w > 0 && <rect x={LABEL} y={y + 4} width={w} height={ROW - 12} className={`bar bar-${b.label}`} rx={3} />}
            <text x={LABEL + w + 6} y={y + ROW / 2} dominantBaseline="middle" className="bar-value">{text}</text>
          </g>
        );
      })}
    </svg>
  );
}
