// One chef (one Python thread) as SVG: a toque, a face, an apron in the colour of where the
// chef is (kitchen-palette.ts), a glyph on the apron (queue position, z for sleep, a padlock at
// the pantry, a tick when done), its thread name and a status line. The cook holds a spoon up
// to the stove; a chef asking for the stove (a GIL drop request, CPython 3.13
// Python/ceval_gil.c take_gil setting gil_drop_request after a switch interval) reaches out
// and touches the cook's shoulder with a "tap" mark.
//
// The figure is drawn at the origin of its slot (SLOT_W × SLOT_H) so the animated view can
// move it with a transform alone; `chefFigure` is that markup, `chefElement` wraps it in its
// positioned <g> with the data attributes tests and e2e selectors use.

import type { KitchenPalette } from './kitchen-palette';
import { SLOT_W, type ChefBox } from './kitchen-layout';
import { charsThatFit, esc, fitMiddle, num } from './svg-text';

const CX = SLOT_W / 2;
const NAME_SIZE = 17;
const STATUS_SIZE = 14;

function padlock(x: number, y: number, color: string, ink: string, sw: number): string {
  return (
    `<path d="M${x - 5} ${y}v-4a5 5 0 0 1 10 0v4" fill="none" stroke="${ink}" stroke-width="${num(sw)}"/>` +
    `<rect x="${x - 8}" y="${y}" width="16" height="12" rx="2" fill="${color}" stroke="${ink}" stroke-width="${num(sw * 0.75)}"/>`
  );
}

/** The chef's markup, drawn in slot coordinates (not positioned, not scaled). */
export function chefFigure(box: ChefBox, pal: KitchenPalette): string {
  const { chef } = box;
  const place = chef.place;
  const sw = pal.stroke;
  const ink = pal.ink;
  const apron = pal.place[place];
  const dashed = place === 'arriving' || (place === 'done' && pal.highContrast) ? ' stroke-dasharray="6 4"' : '';
  const onBench = box.region === 'bench';
  const parts: string[] = [];
  const where = chef.line !== undefined && chef.line > 0 ? ` · line ${chef.line}` : '';
  parts.push(`<title>${esc(`${chef.name} (pid ${chef.pid}, thread ${chef.tid}): ${box.status}${where}`)}</title>`);
  // Arms first, so the body covers their roots.
  if (place === 'stove') {
    // The spoon is in the far hand, so a tapping chef on the near side never hides it.
    parts.push(`<path d="M${CX - 18} 54L${CX - 34} 30" stroke="${ink}" stroke-width="${num(sw * 2.5)}" stroke-linecap="round"/>`);
    parts.push(`<path d="M${CX - 34} 30L${CX - 40} 6" stroke="#8B5A2B" stroke-width="${num(sw * 2)}" stroke-linecap="round"/>`);
    parts.push(`<ellipse cx="${CX - 41}" cy="4" rx="5" ry="7" fill="#8B5A2B" stroke="${ink}" stroke-width="${num(sw * 0.5)}"/>`);
  }
  if (box.tapTo !== undefined) {
    const hx = num(box.tapTo.x);
    const hy = num(box.tapTo.y);
    parts.push(`<path d="M${CX - 16} 54L${hx} ${hy}" stroke="${ink}" stroke-width="${num(sw * 2.5)}" stroke-linecap="round"/>`);
    parts.push(`<circle cx="${hx}" cy="${hy}" r="6" fill="${pal.skin}" stroke="${ink}" stroke-width="${num(sw * 0.75)}"/>`);
    // Motion marks around the hand, and the word, so the tap reads without colour.
    const x = box.tapTo.x;
    const y = box.tapTo.y;
    parts.push(`<path d="M${num(x - 4)} ${num(y - 10)}l-4 -8M${num(x + 4)} ${num(y - 10)}l4 -8M${num(x + 10)} ${num(y - 4)}l8 -4" stroke="${pal.flame[0]}" stroke-width="${num(sw * 1.2)}" stroke-linecap="round"/>`);
    parts.push(`<text x="${num(x + 8)}" y="${num(y - 22)}" font-size="16" font-weight="700" fill="${ink}" data-tap="true">tap</text>`);
  }
  parts.push(`<path d="M${CX - 10} 84v14M${CX + 10} 84v14" stroke="${ink}" stroke-width="${num(sw * 2.5)}" stroke-linecap="round"/>`);
  parts.push(`<rect x="${CX - 22}" y="44" width="44" height="42" rx="11" fill="${apron}" stroke="${ink}" stroke-width="${num(sw)}"${dashed}/>`);
  parts.push(`<circle cx="${CX}" cy="31" r="13" fill="${pal.skin}" stroke="${ink}" stroke-width="${num(sw)}"/>`);
  parts.push(`<circle cx="${CX - 5}" cy="30" r="1.8" fill="${ink}"/><circle cx="${CX + 5}" cy="30" r="1.8" fill="${ink}"/>`);
  const hatStroke = `fill="${pal.hat}" stroke="${ink}" stroke-width="${num(sw)}"`;
  parts.push(`<circle cx="${CX - 8}" cy="12" r="7" ${hatStroke}/><circle cx="${CX + 8}" cy="12" r="7" ${hatStroke}/><circle cx="${CX}" cy="9" r="8" ${hatStroke}/>`);
  parts.push(`<rect x="${CX - 11}" y="13" width="22" height="8" ${hatStroke}/>`);
  if (place === 'pantry') parts.push(padlock(CX, 62, '#FFFFFF', ink, sw));
  else if (box.badge !== undefined) {
    parts.push(`<circle cx="${CX}" cy="64" r="11" fill="#FFFFFF" stroke="${ink}" stroke-width="${num(sw * 0.75)}"/>`);
    parts.push(`<text x="${CX}" y="69.5" font-size="15" font-weight="700" text-anchor="middle" fill="#000000">${esc(box.badge)}</text>`);
  }
  const nameFit = fitMiddle(chef.name, charsThatFit(SLOT_W - 4, NAME_SIZE, true));
  parts.push(`<text x="${CX}" y="116" font-size="${NAME_SIZE}" font-weight="700" text-anchor="middle" fill="${ink}">${esc(nameFit)}</text>`);
  if (!onBench) {
    const max = charsThatFit(SLOT_W - 2, STATUS_SIZE);
    const status = box.status.startsWith('key: ') ? `key: ${fitMiddle(box.status.slice(5), max - 5)}` : fitMiddle(box.status, max);
    parts.push(`<text x="${CX}" y="133" font-size="${STATUS_SIZE}" text-anchor="middle" fill="${pal.mutedInk}">${esc(status)}</text>`);
  }
  return parts.join('');
}

/** The data attributes of a chef's <g> (what tests and e2e selectors look for), in order. */
export function chefData(box: ChefBox): [string, string][] {
  const c = box.chef;
  const a: [string, string][] = [['data-chef', c.name], ['data-key', box.key], ['data-place', c.place]];
  if (c.queuePos !== undefined && (c.place === 'queue' || c.place === 'arriving')) a.push(['data-queue-pos', String(c.queuePos)]);
  if (c.tapping === true) a.push(['data-tapping', 'true']);
  if (c.waitingFor !== undefined) a.push(['data-waiting-for', c.waitingFor]);
  if (c.keyHeldBy !== undefined) a.push(['data-key-held-by', c.keyHeldBy]);
  return a;
}

export function chefAttributes(box: ChefBox): string {
  return chefData(box).map(([k, v]) => `${k}="${esc(v)}"`).join(' ');
}

export function chefTransform(x: number, y: number, scale: number): string {
  return scale === 1 ? `translate(${num(x)} ${num(y)})` : `translate(${num(x)} ${num(y)}) scale(${num(scale)})`;
}

/** The positioned chef, as it appears in the SVG document. */
export function chefElement(box: ChefBox, pal: KitchenPalette): string {
  const fade = box.chef.place === 'done' ? ` opacity="${pal.doneOpacity}"` : '';
  return `<g ${chefAttributes(box)} transform="${chefTransform(box.x, box.y, box.scale)}"${fade}>${chefFigure(box, pal)}</g>`;
}
