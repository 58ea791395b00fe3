// Export buttons of the trace area: the run as Chrome Trace Event JSON (Perfetto), the
// timeline as SVG and as PNG. Enabled once the run has ended (a live trace is still growing).

import { useState } from 'react';
import type { TraceEvent } from '../../trace/schema.ts';
import type { TraceInfo } from '../store/trace-slice.ts';
import { chromeTraceBlob, download, svgToPng, timelineSvgText } from './export-files.ts';

export interface ExportButtonsProps {
  events: TraceEvent[];
  info: TraceInfo | null;
  enabled: boolean;
}

export function ExportButtons({ events, info, enabled }: ExportButtonsProps) {
  const [busy, setBusy] = useState(false);
  const off = !enabled || info === null || busy;
  const png = async () => {
    if (info === null) return;
    setBusy(true);
    try {
      download(await svgToPng(timelineSvgText(events, info)), 'timeline.png');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export" role="group" aria-label="Export">
      <button type="button" className="btn btn-small" data-testid="export-trace" disabled={off} title="The trace as Chrome Trace Event JSON (opens in Perfetto)"
        onClick={() => download(chromeTraceBlob(events), 'trace.json')}>
        Trace JSON
      </button>
      <button type="button" className="btn btn-small" data-testid="export-svg" disabled={off} title="The timeline as an SVG picture"
        onClick={() => info && download(new Blob([timelineSvgText(events, info)], { type: 'image/svg+xml' }), 'timeline.svg')}>
        SVG
      </button>
      <button type="button" className="btn btn-small" data-testid="export-png" disabled={off} title="The timeline as a PNG picture" onClick={() => void png()}>
        PNG
      </button>
    </div>
  );
}
