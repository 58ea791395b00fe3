// The files the Export buttons save (issue 7, "Export"): the trace as Chrome Trace Event
// JSON (opens in Perfetto and re-imports into our viewer), the timeline as SVG (the
// deterministic renderer, render-svg.ts) and as PNG (that SVG rasterised at twice its size, so
// it stays sharp on a projector or in a handout).

import { buildModel } from '../../trace/intervals.ts';
import { toChromeTrace } from '../../trace/export-chrome.ts';
import type { TraceEvent } from '../../trace/schema.ts';
import { renderTimelineSvg } from '../timeline/render-svg.ts';
import type { TraceInfo } from '../store/trace-slice.ts';

export const EXPORT_WIDTH = 1200;

export function chromeTraceBlob(events: readonly TraceEvent[]): Blob {
  return new Blob([JSON.stringify(toChromeTrace(buildModel(events)))], { type: 'application/json' });
}

export function timelineSvgText(events: readonly TraceEvent[], info: TraceInfo, width = EXPORT_WIDTH): string {
  return renderTimelineSvg(buildModel(events), { width, platform: info.platform, cores: info.cores });
}

/** Rasterises an SVG document (with width/height attributes) to PNG at `scale`. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const w = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? EXPORT_WIDTH);
  const h = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 400);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the timeline SVG could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(w * scale);
    canvas.height = Math.ceil(h * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download starts asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
