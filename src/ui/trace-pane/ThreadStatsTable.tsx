// Per-thread statistics under the stats line (issue 7, "Stats"): CPU time, time waiting for
// the GIL, time blocked, and how often each thread took the GIL from another, with the
// verdict lines for the guide's questions above it.

import type { RunStats } from '../../trace/intervals.ts';
import { formatMicros } from '../timeline/view-window.ts';
import type { Verdict } from './verdict.ts';

export function ThreadStatsTable({ stats, verdicts }: { stats: RunStats; verdicts: Verdict[] }) {
  return (
    <>
      {verdicts.map((v) => (
        <p key={v.kind} className="trace-verdict" data-testid="trace-verdict" data-kind={v.kind}>
          {v.text}
        </p>
      ))}
      <details className="thread-stats">
        <summary>Per-thread times</summary>
        <table data-testid="thread-stats">
          <thead>
            <tr>
              <th scope="col">thread</th>
              <th scope="col">CPU</th>
              <th scope="col">waiting for the GIL</th>
              <th scope="col">blocked</th>
              <th scope="col">GIL taken over</th>
            </tr>
          </thead>
          <tbody>
            {stats.threads.map((t) => (
              <tr key={`${t.pid}:${t.tid}`} data-thread={t.name}>
                <th scope="row">{t.name}</th>
                <td data-stat="cpu">{formatMicros(t.cpu)}</td>
                <td data-stat="gil-wait">{formatMicros(t.gilWait)}</td>
                <td data-stat="blocked">{formatMicros(t.blocked)}</td>
                <td data-stat="switches">{t.switchesIn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
