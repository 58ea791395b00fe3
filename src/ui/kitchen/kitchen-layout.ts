// Where everything of one restaurant scene goes, in SVG user units: the building, one kitchen
// per process in a grid, inside each kitchen its regions (the delivery door for chefs who are
// away, the stove and its cook, the queue for the stove, the locked pantry, the bench of
// finished chefs, and for asyncio the ticket rail), one slot per chef, and the parcels on their
// paths. Pure and DOM-free: the SVG renderer and the animated view both draw from it, and the
// tests check it (no two chefs overlap, 16 threads in 4 processes fit).
//
// Sizes are stable: playback asks for a new layout every frame, so they depend only on how
// many chefs a kitchen has (which changes when a thread starts), not on where they stand, and
// every region can hold every chef of its kitchen. Inside a region chefs stand packed: the
// queue in queue order (it is a line), the door, pantry and bench groups by thread id. A chef
// who leaves a group lets the others close up; the view tweens that move.

import type { Chef, Kitchen, Parcel, Scene, Ticket } from './scene-model';
import { charsThatFit, wrapWords } from './svg-text';

export interface Pt {
  x: number;
  y: number;
}
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One standing chef's slot, in unscaled units; a chef is drawn inside it. */
export const SLOT_W = 112;
export const SLOT_H = 136;
/** Finished chefs sit on the bench at this scale. */
export const BENCH_SCALE = 0.6;
/** Bench spacing: a whole number of units, so rounding never makes neighbours touch. */
const BENCH_SLOT_W = Math.ceil(SLOT_W * BENCH_SCALE);
const BENCH_SLOT_H = Math.ceil(SLOT_H * BENCH_SCALE);
/** Height of the fixture (stove, door, queue rope, pantry) drawn above each region's chefs. */
export const FIXTURE_H = 112;
export const HEADER_H = 52;
export const RAIL_H = 136;
const BENCH_LABEL_H = 26;
const PAD = 16;
const REGION_GAP = 14;
/** The corridor between kitchens, where parcels travel. */
const CORRIDOR = 56;
const BUILDING_PAD = 40;
export const ROOF_H = 88;
const CAPTION_LINES = 3;
const CAPTION_MAX_SIZE = 28;
const CAPTION_MIN_SIZE = 16;
/** Projectors and laptop screens are 16:9; the kitchen grid aims for that shape. */
const TARGET_ASPECT = 16 / 9;

export type RegionName = 'door' | 'stove' | 'queue' | 'pantry' | 'bench';

export interface ChefBox {
  /** `${pid}:${tid}`: unique across the run, the key the view animates by. */
  key: string;
  chef: Chef;
  region: RegionName;
  /** Top-left of the chef's slot. */
  x: number;
  y: number;
  /** 1 standing, BENCH_SCALE on the bench. */
  scale: number;
  /** The slot's drawn size (SLOT_W × scale, SLOT_H × scale). */
  w: number;
  h: number;
  /** Second text line under the name: what the chef is doing or waiting for. */
  status: string;
  /** Glyph on the apron (queue position, z for sleep, ✓ for done...). */
  badge?: string;
  /** For a tapping chef: the cook's shoulder, relative to this slot's top-left. */
  tapTo?: Pt;
}

export interface TicketBox extends Box {
  ticket: Ticket;
}

export interface KitchenBox extends Box {
  pid: number;
  kitchen: Kitchen;
  /** Rows of chef slots in each region. */
  rows: number;
  header: Box;
  rail?: Box;
  tickets: TicketBox[];
  /** Tickets that did not fit on the rail. */
  moreTickets: number;
  door: Box;
  stove: Box;
  queue: Box;
  pantry: Box;
  bench: Box;
  /** Where parcels leave and enter: the middle of the kitchen's bottom wall. */
  hatch: Pt;
}

export interface ParcelBox {
  parcel: Parcel;
  path: Pt[];
  at: Pt;
}

export interface CaptionBox extends Box {
  lines: string[];
  size: number;
}

export interface SceneLayout {
  width: number;
  height: number;
  building: Box;
  roof: Box;
  kitchens: KitchenBox[];
  chefs: ChefBox[];
  parcels: ParcelBox[];
  caption?: CaptionBox;
}

export interface LayoutOptions {
  /** Reserve a caption band under the building (the SVG document does; the live view shows
   *  the caption as HTML instead). Default true. */
  caption?: boolean;
}

interface KitchenShape {
  n: number;
  rows: number;
  doorCols: number;
  stoveCols: number;
  queueCols: number;
  pantryCols: number;
  benchCols: number;
  benchRows: number;
  rail: boolean;
  w: number;
  h: number;
}

/** The shape shared by every kitchen of the scene (so the grid is regular). */
function kitchenShape(scene: Scene): KitchenShape {
  const n = Math.max(1, ...scene.kitchens.map((k) => k.chefs.length));
  const cooks = Math.max(1, ...scene.kitchens.map((k) => k.chefs.filter((c) => c.place === 'stove').length));
  const rows = Math.ceil(Math.sqrt(n));
  const doorCols = Math.ceil(n / rows);
  // A free-threaded build could have several cooks; a GIL build has one.
  const stoveCols = Math.ceil(cooks / rows);
  // Everyone but the cook may queue; a lone chef still needs a place to wait for the stove.
  const queueCols = Math.max(1, Math.ceil((n - 1) / rows));
  const pantryCols = Math.ceil(n / rows);
  const inner = (doorCols + stoveCols + queueCols + pantryCols) * SLOT_W + 3 * REGION_GAP;
  const benchSlot = BENCH_SLOT_W;
  const benchCols = Math.max(1, Math.floor(inner / benchSlot));
  const benchRows = Math.ceil(n / benchCols);
  const rail = scene.mode === 'asyncio' || scene.kitchens.some((k) => k.rail.length > 0 || k.railFrozen !== undefined);
  const h = HEADER_H + (rail ? RAIL_H : 0) + FIXTURE_H + rows * SLOT_H + BENCH_LABEL_H + benchRows * BENCH_SLOT_H + PAD;
  return { n, rows, doorCols, stoveCols, queueCols, pantryCols, benchCols, benchRows, rail, w: inner + 2 * PAD, h };
}

function captionBox(text: string, y: number, width: number): CaptionBox {
  // Shrink the type until the caption fits its fixed number of lines, so the picture does not
  // jump when a longer caption comes.
  let size = CAPTION_MAX_SIZE;
  let lines = wrapWords(text, charsThatFit(width - 2 * PAD, size));
  while (lines.length > CAPTION_LINES && size > CAPTION_MIN_SIZE) {
    size -= 2;
    lines = wrapWords(text, charsThatFit(width - 2 * PAD, size));
  }
  if (lines.length > CAPTION_LINES) {
    lines = lines.slice(0, CAPTION_LINES);
    lines[CAPTION_LINES - 1] = `${lines[CAPTION_LINES - 1]!.replace(/.$/u, '')}\u2026`;
  }
  const h = CAPTION_LINES * Math.round(CAPTION_MAX_SIZE * 1.3) + 2 * PAD;
  return { x: 0, y, w: width, h, lines, size };
}

function ticketBoxes(rail: Box, tickets: Ticket[]): { boxes: TicketBox[]; more: number } {
  const gap = 10;
  const avail = rail.w - 2 * PAD;
  const count = tickets.length;
  if (count === 0) return { boxes: [], more: 0 };
  const w = Math.max(110, Math.min(190, avail / count - gap));
  let fit = Math.max(1, Math.floor((avail + gap) / (w + gap)));
  let shown = tickets;
  let more = 0;
  if (fit < count) {
    fit = Math.max(1, fit - 1); // leave room for the "+N more" tag
    // The ticket being cooked is always on show; the rest keep their order.
    const cooking = tickets.filter((t) => t.state === 'cooking');
    shown = [...cooking, ...tickets.filter((t) => t.state !== 'cooking')].slice(0, fit);
    more = count - shown.length;
  }
  // Tickets hang from the bar; under them a line says what the rail is doing.
  const boxes = shown.map((ticket, i) => ({ ticket, x: rail.x + PAD + i * (w + gap), y: rail.y + 30, w, h: 66 }));
  return { boxes, more };
}

function statusOf(chef: Chef): { status: string; badge?: string } {
  switch (chef.place) {
    case 'stove':
      return { status: 'cooking' };
    case 'queue':
      if (chef.tapping === true) return { status: 'taps the cook', badge: String((chef.queuePos ?? 0) + 1) };
      return { status: `waits #${(chef.queuePos ?? 0) + 1}`, badge: String((chef.queuePos ?? 0) + 1) };
    case 'arriving':
      return { status: 'arriving', badge: '+' };
    case 'away':
      return { status: chef.waitingFor ?? 'away', badge: chef.waitingFor === 'sleep' ? 'z' : '\u2026' };
    case 'pantry':
      if (chef.keyHeldBy !== undefined) return { status: `key: ${chef.keyHeldBy}` };
      return { status: chef.waitingFor ?? 'blocked' };
    case 'done':
      return { status: 'done', badge: '\u2713' };
  }
}

function layoutKitchen(k: Kitchen, shape: KitchenShape, x: number, y: number): { box: KitchenBox; chefs: ChefBox[] } {
  const header: Box = { x, y, w: shape.w, h: HEADER_H };
  let top = y + HEADER_H;
  let rail: Box | undefined;
  if (shape.rail) {
    rail = { x, y: top, w: shape.w, h: RAIL_H };
    top += RAIL_H;
  }
  const regionH = FIXTURE_H + shape.rows * SLOT_H;
  let rx = x + PAD;
  const region = (cols: number): Box => {
    const b = { x: rx, y: top, w: cols * SLOT_W, h: regionH };
    rx += cols * SLOT_W + REGION_GAP;
    return b;
  };
  const door = region(shape.doorCols);
  const stove = region(shape.stoveCols);
  const queue = region(shape.queueCols);
  const pantry = region(shape.pantryCols);
  const bench: Box = { x: x + PAD, y: top + regionH, w: shape.w - 2 * PAD, h: BENCH_LABEL_H + shape.benchRows * BENCH_SLOT_H };
  const { boxes: tickets, more } = rail !== undefined ? ticketBoxes(rail, k.rail) : { boxes: [], more: 0 };
  const box: KitchenBox = {
    pid: k.pid, kitchen: k, x, y, w: shape.w, h: shape.h, rows: shape.rows,
    header, rail, tickets, moreTickets: more, door, stove, queue, pantry, bench,
    hatch: { x: x + shape.w / 2, y: y + shape.h },
  };

  const slot = (r: Box, col: number, row: number): Pt => ({ x: r.x + col * SLOT_W, y: r.y + FIXTURE_H + row * SLOT_H });
  const ordered = [...k.chefs].sort((a, b) => a.tid - b.tid);
  const chefs: ChefBox[] = [];
  const put = (chef: Chef, regionName: RegionName, p: Pt, scale = 1): ChefBox => {
    const b: ChefBox = { key: `${chef.pid}:${chef.tid}`, chef, region: regionName, x: p.x, y: p.y, scale, w: SLOT_W * scale, h: SLOT_H * scale, ...statusOf(chef) };
    chefs.push(b);
    return b;
  };

  const cooks = ordered.filter((c) => c.place === 'stove');
  const cookBoxes = cooks.map((c, i) => put(c, 'stove', slot(stove, Math.floor(i / shape.rows), i % shape.rows)));

  // The queue is a line that starts beside the cook and snakes back and forth. A chef tapping
  // the cook's shoulder has stepped to the front of it.
  const line = ordered
    .filter((c) => c.place === 'queue' || c.place === 'arriving')
    .sort((a, b) => Number(b.tapping === true) - Number(a.tapping === true) || (a.queuePos ?? 1e9) - (b.queuePos ?? 1e9) || a.tid - b.tid);
  line.forEach((c, i) => {
    const row = Math.floor(i / shape.queueCols);
    const col = row % 2 === 0 ? i % shape.queueCols : shape.queueCols - 1 - (i % shape.queueCols);
    const b = put(c, 'queue', slot(queue, col, row));
    const cook = cookBoxes[0];
    if (c.tapping === true && cook !== undefined) {
      // The cook's near shoulder, where the tapping hand rests.
      b.tapTo = { x: cook.x + SLOT_W / 2 + 22 - b.x, y: cook.y + 50 - b.y };
    }
  });

  ordered.filter((c) => c.place === 'away').forEach((c, i) => put(c, 'door', slot(door, i % shape.doorCols, Math.floor(i / shape.doorCols))));
  ordered.filter((c) => c.place === 'pantry').forEach((c, i) => put(c, 'pantry', slot(pantry, i % shape.pantryCols, Math.floor(i / shape.pantryCols))));
  ordered.filter((c) => c.place === 'done').forEach((c, i) => {
    put(c, 'bench', { x: bench.x + (i % shape.benchCols) * BENCH_SLOT_W, y: bench.y + BENCH_LABEL_H + Math.floor(i / shape.benchCols) * BENCH_SLOT_H }, BENCH_SCALE);
  });
  return { box, chefs };
}

function pointAlong(path: Pt[], progress: number): Pt {
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < path.length; i++) {
    const l = Math.abs(path[i]!.x - path[i - 1]!.x) + Math.abs(path[i]!.y - path[i - 1]!.y);
    lengths.push(l);
    total += l;
  }
  let d = Math.min(1, Math.max(0, progress)) * total;
  for (let i = 1; i < path.length; i++) {
    const l = lengths[i - 1]!;
    if (d <= l || i === path.length - 1) {
      const f = l === 0 ? 0 : Math.min(1, d / l);
      return { x: path[i - 1]!.x + (path[i]!.x - path[i - 1]!.x) * f, y: path[i - 1]!.y + (path[i]!.y - path[i - 1]!.y) * f };
    }
    d -= l;
  }
  return path[0]!;
}

export function layoutScene(scene: Scene, opts: LayoutOptions = {}): SceneLayout {
  const shape = kitchenShape(scene);
  const count = Math.max(1, scene.kitchens.length);
  const withCaption = opts.caption !== false;
  const captionH = withCaption ? captionBox('', 0, 1000).h : 0;
  // Pick the number of kitchen columns whose picture is closest to 16:9.
  let cols = 1;
  let best = Infinity;
  for (let c = 1; c <= count; c++) {
    const rows = Math.ceil(count / c);
    const w = 2 * BUILDING_PAD + c * shape.w + (c - 1) * CORRIDOR;
    const h = ROOF_H + 2 * BUILDING_PAD + rows * shape.h + (rows - 1) * CORRIDOR + captionH;
    // Empty cells in the last row look like a missing kitchen: they count against a shape.
    const score = Math.abs(Math.log(w / h / TARGET_ASPECT)) + (c * rows - count) / count;
    if (score < best - 1e-9) {
      best = score;
      cols = c;
    }
  }
  const gridRows = Math.ceil(count / cols);
  const width = 2 * BUILDING_PAD + cols * shape.w + (cols - 1) * CORRIDOR;
  const buildingH = ROOF_H + 2 * BUILDING_PAD + gridRows * shape.h + (gridRows - 1) * CORRIDOR;
  const building: Box = { x: 0, y: 0, w: width, h: buildingH };
  const roof: Box = { x: 0, y: 0, w: width, h: ROOF_H };
  const kitchens: KitchenBox[] = [];
  const chefs: ChefBox[] = [];
  const cell = new Map<number, { col: number; row: number }>();
  scene.kitchens.forEach((k, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    cell.set(k.pid, { col, row });
    const x = BUILDING_PAD + col * (shape.w + CORRIDOR);
    const y = ROOF_H + BUILDING_PAD + row * (shape.h + CORRIDOR);
    const laid = layoutKitchen(k, shape, x, y);
    kitchens.push(laid.box);
    chefs.push(...laid.chefs);
  });

  // Parcels follow the corridors: down out of the sender's hatch, along the corridor under its
  // row, up or down the gap between columns, along the receiver's corridor, up into its hatch.
  const parcels: ParcelBox[] = [];
  for (const parcel of scene.parcels) {
    const a = kitchens.find((k) => k.pid === parcel.from);
    const b = kitchens.find((k) => k.pid === parcel.to);
    if (a === undefined || b === undefined || a === b) continue;
    const ca = cell.get(a.pid)!;
    const cb = cell.get(b.pid)!;
    const corridorA = a.y + shape.h + CORRIDOR / 2;
    const corridorB = b.y + shape.h + CORRIDOR / 2;
    let path: Pt[];
    if (ca.row === cb.row) {
      path = [a.hatch, { x: a.hatch.x, y: corridorA }, { x: b.hatch.x, y: corridorA }, b.hatch];
    } else {
      const gapCol = ca.col === cb.col ? ca.col : Math.max(ca.col, cb.col);
      const gx = BUILDING_PAD + gapCol * (shape.w + CORRIDOR) - (gapCol === 0 ? BUILDING_PAD / 2 : CORRIDOR / 2);
      path = [a.hatch, { x: a.hatch.x, y: corridorA }, { x: gx, y: corridorA }, { x: gx, y: corridorB }, { x: b.hatch.x, y: corridorB }, b.hatch];
    }
    parcels.push({ parcel, path, at: pointAlong(path, parcel.progress) });
  }

  const caption = withCaption ? captionBox(scene.caption, buildingH, width) : undefined;
  return { width, height: buildingH + captionH, building, roof, kitchens, chefs, parcels, caption };
}
