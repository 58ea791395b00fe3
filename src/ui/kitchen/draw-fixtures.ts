// The still parts of the restaurant as SVG: the building with its cores, each kitchen (one per
// process) with its name, its stove (the GIL: lit with flames while a chef cooks, dark
// otherwise), the delivery door (chefs away on sleep or I/O), the queue rope (chefs waiting
// for the stove), the locked pantry (chefs blocked on a lock, a join, a queue...), the bench
// of finished chefs, the asyncio ticket rail (frozen in ice when a coroutine makes a blocking
// call), the parcels travelling between kitchens, and the caption. Plain shapes only, no
// images and no web fonts, so it renders the same offline, in Node and when exported.

import type { KitchenPalette } from './kitchen-palette';
import type { Box, CaptionBox, KitchenBox, ParcelBox, SceneLayout, TicketBox } from './kitchen-layout';
import { FIXTURE_H } from './kitchen-layout';
import type { Scene } from './scene-model';
import { charsThatFit, esc, fitEnd, fitMiddle, num } from './svg-text';

const LABEL_SIZE = 16;

/** A region title that fits its width, from the longest wording to the shortest. */
function regionLabel(b: Box, words: string[], pal: KitchenPalette): string {
  const max = charsThatFit(b.w, LABEL_SIZE, true);
  const text = words.find((w) => w.length <= max) ?? fitEnd(words[words.length - 1]!, max);
  return `<text x="${num(b.x + b.w / 2)}" y="${num(b.y + 20)}" font-size="${LABEL_SIZE}" font-weight="700" text-anchor="middle" fill="${pal.ink}">${esc(text)}</text>`;
}

export function drawBuilding(layout: SceneLayout, scene: Scene, pal: KitchenPalette): string {
  const { building: b, roof } = layout;
  const lit = scene.kitchens.filter((k) => k.lit).length;
  const sw = pal.stroke;
  const out: string[] = [];
  out.push(`<g data-building="true" data-cores="${scene.cores}" data-lit-kitchens="${lit}">`);
  out.push(`<rect x="${num(b.x + sw)}" y="${num(roof.h)}" width="${num(b.w - 2 * sw)}" height="${num(b.h - roof.h - sw)}" fill="${pal.buildingFill}" stroke="${pal.building}" stroke-width="${num(sw * 1.5)}"/>`);
  out.push(`<path d="M${num(b.x + sw)} ${num(roof.h)}L${num(b.x + 36)} ${num(roof.y + sw)}H${num(b.x + b.w - 36)}L${num(b.x + b.w - sw)} ${num(roof.h)}Z" fill="${pal.building}" stroke="${pal.building}" stroke-width="${num(sw)}"/>`);
  const kitchens = scene.kitchens.length;
  const label = `${scene.cores} ${scene.cores === 1 ? 'core' : 'cores'} \u00b7 ${lit} of ${kitchens} ${kitchens === 1 ? 'kitchen' : 'kitchens'} lit`;
  // The label on the first line of the roof, shrunk until it fits; the core lamps under it.
  let size = 28;
  while (size > 14 && charsThatFit(b.w - 112, size, true) < label.length) size -= 2;
  out.push(`<text x="${num(b.x + 56)}" y="${num(roof.y + 8 + size)}" font-size="${size}" font-weight="700" fill="#FFFFFF" data-building-label="true">${esc(label)}</text>`);
  // One lamp per core, one lit for each kitchen cooking: at most `cores` kitchens can be lit.
  const lamps = Math.min(scene.cores, Math.max(1, Math.floor((b.w - 112 - 60) / 24)));
  const lampY = roof.y + 8 + size + 12;
  const lampSize = Math.max(10, Math.min(20, roof.h - (lampY - roof.y) - 6));
  out.push(`<text x="${num(b.x + 56)}" y="${num(lampY + lampSize - 4)}" font-size="15" fill="#FFFFFF">cores</text>`);
  for (let i = 0; i < lamps; i++) {
    const on = i < lit;
    out.push(`<rect x="${num(b.x + 110 + i * (lampSize + 6))}" y="${num(lampY)}" width="${num(lampSize)}" height="${num(lampSize)}" rx="3" fill="${on ? pal.flame[2] : pal.building}" stroke="#FFFFFF" stroke-width="2" data-core="${i}" data-core-busy="${on}"/>`);
  }
  out.push('</g>');
  return out.join('');
}

function flame(x: number, base: number, height: number, pal: KitchenPalette): string {
  const w = height * 0.38;
  const outer = `M${num(x - w)} ${num(base)}C${num(x - w)} ${num(base - height * 0.45)} ${num(x - w * 0.2)} ${num(base - height * 0.6)} ${num(x)} ${num(base - height)}C${num(x + w * 0.2)} ${num(base - height * 0.6)} ${num(x + w)} ${num(base - height * 0.45)} ${num(x + w)} ${num(base)}Z`;
  const h2 = height * 0.55;
  const w2 = w * 0.5;
  const inner = `M${num(x - w2)} ${num(base)}C${num(x - w2)} ${num(base - h2 * 0.5)} ${num(x)} ${num(base - h2 * 0.7)} ${num(x)} ${num(base - h2)}C${num(x)} ${num(base - h2 * 0.7)} ${num(x + w2)} ${num(base - h2 * 0.5)} ${num(x + w2)} ${num(base)}Z`;
  return `<path d="${outer}" fill="${pal.flame[1]}" stroke="${pal.flame[0]}" stroke-width="2"/><path d="${inner}" fill="${pal.flame[2]}"/>`;
}

function drawStove(k: KitchenBox, pal: KitchenPalette): string {
  const r = k.stove;
  const lit = k.kitchen.lit;
  const sw = pal.stroke;
  const cx = r.x + r.w / 2;
  const top = r.y + 50;
  const w = Math.min(r.w - 8, 100);
  const out: string[] = [];
  out.push(`<g data-stove-lit="${lit}">`);
  out.push(regionLabel(r, ['stove = the GIL', 'stove (GIL)', 'stove'], pal));
  if (lit) {
    out.push(flame(cx - w / 4, top, 26, pal));
    out.push(flame(cx + w / 4, top, 26, pal));
  }
  out.push(`<rect x="${num(cx - w / 2)}" y="${num(top)}" width="${num(w)}" height="${num(FIXTURE_H - 56)}" rx="6" fill="${lit ? pal.stove : pal.stoveOff}" stroke="${pal.ink}" stroke-width="${num(sw)}"/>`);
  for (const bx of [cx - w / 4, cx + w / 4]) {
    out.push(`<ellipse cx="${num(bx)}" cy="${num(top + 1)}" rx="17" ry="5" fill="${lit ? pal.flame[0] : '#555555'}" stroke="${pal.ink}" stroke-width="${num(sw * 0.75)}"/>`);
  }
  // The oven window glows while the stove is in use and says "off" when it is not, so the
  // state reads without colour.
  out.push(`<rect x="${num(cx - w / 2 + 12)}" y="${num(top + 12)}" width="${num(w - 24)}" height="26" rx="4" fill="${lit ? pal.flame[2] : '#333333'}" stroke="${pal.ink}" stroke-width="${num(sw * 0.75)}"/>`);
  out.push(`<text x="${num(cx)}" y="${num(top + 31)}" font-size="15" font-weight="700" text-anchor="middle" fill="${lit ? '#000000' : '#FFFFFF'}">${lit ? 'ON' : 'off'}</text>`);
  out.push('</g>');
  return out.join('');
}

function drawDoor(k: KitchenBox, pal: KitchenPalette): string {
  const r = k.door;
  const sw = pal.stroke;
  const cx = r.x + r.w / 2;
  const top = r.y + 30;
  const h = FIXTURE_H - 36;
  const out: string[] = [regionLabel(r, ['away (deliveries)', 'away', 'out'], pal)];
  out.push(`<rect x="${num(cx - 26)}" y="${num(top)}" width="52" height="${h}" fill="#FFFFFF" stroke="${pal.ink}" stroke-width="${num(sw)}"/>`);
  // The door stands open: chefs are out waiting for a delivery.
  out.push(`<path d="M${num(cx - 26)} ${num(top)}L${num(cx - 8)} ${num(top + 8)}V${num(top + h + 4)}L${num(cx - 26)} ${num(top + h)}Z" fill="#B9855A" stroke="${pal.ink}" stroke-width="${num(sw * 0.75)}"/>`);
  out.push(`<circle cx="${num(cx - 12)}" cy="${num(top + h / 2 + 4)}" r="2.5" fill="${pal.ink}"/>`);
  // A delivery box at the doorstep.
  out.push(`<rect x="${num(cx + 30)}" y="${num(top + h - 22)}" width="24" height="20" fill="${pal.parcel}" stroke="${pal.ink}" stroke-width="${num(sw * 0.75)}"/>`);
  return out.join('');
}

function drawQueue(k: KitchenBox, pal: KitchenPalette): string {
  const r = k.queue;
  const sw = pal.stroke;
  const top = r.y + 60;
  const x0 = r.x + 10;
  const x1 = r.x + r.w - 10;
  const out: string[] = [regionLabel(r, ['queue for the stove', 'queue for stove', 'queue'], pal)];
  for (const x of [x0, x1]) {
    out.push(`<rect x="${num(x - 3)}" y="${num(top - 10)}" width="6" height="46" fill="#777777" stroke="${pal.ink}" stroke-width="1"/>`);
    out.push(`<circle cx="${num(x)}" cy="${num(top - 12)}" r="6" fill="#C9A227" stroke="${pal.ink}" stroke-width="1"/>`);
  }
  out.push(`<path d="M${num(x0)} ${num(top - 6)}Q${num((x0 + x1) / 2)} ${num(top + 22)} ${num(x1)} ${num(top - 6)}" fill="none" stroke="#B22222" stroke-width="${num(sw * 2)}"/>`);
  return out.join('');
}

function drawPantry(k: KitchenBox, pal: KitchenPalette): string {
  const r = k.pantry;
  const sw = pal.stroke;
  const cx = r.x + r.w / 2;
  const top = r.y + 28;
  const h = FIXTURE_H - 32;
  const waiting = k.kitchen.chefs.filter((c) => c.place === 'pantry').length;
  const out: string[] = [`<g data-pantry-waiting="${waiting}">`, regionLabel(r, ['pantry (locks)', 'pantry', 'lock'], pal)];
  out.push(`<rect x="${num(cx - 44)}" y="${num(top)}" width="88" height="${h}" rx="3" fill="#D9B68C" stroke="${pal.ink}" stroke-width="${num(sw)}"/>`);
  out.push(`<path d="M${num(cx)} ${num(top)}V${num(top + h)}" stroke="${pal.ink}" stroke-width="${num(sw * 0.75)}"/>`);
  // The padlock: shut while someone waits at the pantry, hanging open otherwise.
  const ly = top + h / 2 - 2;
  const shut = waiting > 0;
  out.push(`<path d="M${num(cx - 8)} ${num(ly)}v-8a8 8 0 0 1 16 0${shut ? 'v8' : 'v-4'}" fill="none" stroke="${pal.ink}" stroke-width="${num(sw * 1.5)}"/>`);
  out.push(`<rect x="${num(cx - 13)}" y="${num(ly)}" width="26" height="20" rx="3" fill="${shut ? pal.lock : '#FFFFFF'}" stroke="${pal.ink}" stroke-width="${num(sw)}" data-lock="${shut ? 'shut' : 'open'}"/>`);
  out.push(`<circle cx="${num(cx)}" cy="${num(ly + 9)}" r="3" fill="${pal.ink}"/>`);
  out.push('</g>');
  return out.join('');
}

function drawBench(k: KitchenBox, pal: KitchenPalette): string {
  const b = k.bench;
  return (
    `<text x="${num(b.x)}" y="${num(b.y + 19)}" font-size="15" font-weight="700" fill="${pal.mutedInk}">finished</text>` +
    `<rect x="${num(b.x)}" y="${num(b.y + b.h - 12)}" width="${num(b.w)}" height="8" rx="4" fill="#B9855A" opacity="0.6"/>`
  );
}

function drawTicket(t: TicketBox, pal: KitchenPalette): string {
  const { ticket } = t;
  const edge = ticket.state === 'cooking' ? pal.ticketCooking : ticket.state === 'waiting' ? pal.ticketWaiting : pal.ticketReady;
  const sw = pal.stroke;
  const dash = ticket.state === 'waiting' ? ' stroke-dasharray="7 4"' : '';
  const state = ticket.state === 'cooking' ? 'cooking' : ticket.state === 'waiting' ? `waits: ${ticket.awaits !== undefined && ticket.awaits !== '' ? ticket.awaits : 'something'}` : ticket.state;
  const nameMax = charsThatFit(t.w - 12, 16, true);
  const stateMax = charsThatFit(t.w - 12, 14);
  return (
    `<g data-ticket="${esc(ticket.name)}" data-ticket-state="${ticket.state}">` +
    `<title>${esc(`${ticket.name}: ${state}`)}</title>` +
    `<rect x="${num(t.x)}" y="${num(t.y)}" width="${num(t.w)}" height="${num(t.h)}" fill="${pal.ticket}" stroke="${edge}" stroke-width="${num(ticket.state === 'cooking' ? sw * 2 : sw * 1.25)}"${dash}/>` +
    `<rect x="${num(t.x + t.w / 2 - 10)}" y="${num(t.y - 8)}" width="20" height="12" fill="#999999" stroke="${pal.ink}" stroke-width="1"/>` +
    `<text x="${num(t.x + 6)}" y="${num(t.y + 26)}" font-size="16" font-weight="700" fill="${pal.ink}">${esc(fitMiddle(ticket.name, nameMax))}</text>` +
    `<text x="${num(t.x + 6)}" y="${num(t.y + 48)}" font-size="14" fill="${pal.ink}">${esc(fitEnd(state, stateMax))}</text>` +
    '</g>'
  );
}

function drawRail(k: KitchenBox, pal: KitchenPalette): string {
  const r = k.rail;
  if (r === undefined) return '';
  const frozen = k.kitchen.railFrozen;
  const out: string[] = [`<g data-rail="true" data-rail-frozen="${frozen !== undefined}">`];
  out.push(`<text x="${num(r.x + 16)}" y="${num(r.y + 16)}" font-size="15" font-weight="700" fill="${pal.mutedInk}">order tickets (asyncio tasks)</text>`);
  out.push(`<rect x="${num(r.x + 10)}" y="${num(r.y + 20)}" width="${num(r.w - 20)}" height="6" rx="3" fill="#8C8C8C" stroke="${pal.ink}" stroke-width="1"/>`);
  for (const t of k.tickets) out.push(drawTicket(t, pal));
  if (k.moreTickets > 0) {
    const last = k.tickets[k.tickets.length - 1];
    const x = last !== undefined ? last.x + last.w + 10 : r.x + 16;
    out.push(`<text x="${num(x)}" y="${num(r.y + 66)}" font-size="16" font-weight="700" fill="${pal.ink}">+${k.moreTickets} more</text>`);
  }
  if (k.tickets.length === 0) {
    out.push(`<text x="${num(r.x + 16)}" y="${num(r.y + 66)}" font-size="15" fill="${pal.mutedInk}">no tickets on the rail</text>`);
  }
  const lineY = r.y + r.h - 12;
  if (frozen !== undefined) {
    // Ice over the whole rail: nothing on it can move until the blocking call returns. It is
    // translucent so the tickets stay readable under it.
    out.push(`<rect x="${num(r.x + 4)}" y="${num(r.y + 2)}" width="${num(r.w - 8)}" height="${num(r.h - 4)}" rx="8" fill="${pal.ice}" fill-opacity="0.5" stroke="${pal.iceEdge}" stroke-width="${num(pal.stroke * 1.5)}" stroke-dasharray="14 5"/>`);
    const icicles: string[] = [];
    for (let x = r.x + 20; x < r.x + r.w - 20; x += 28) icicles.push(`M${num(x)} ${num(r.y + 24)}l6 12l6 -12z`);
    out.push(`<path d="${icicles.join('')}" fill="#FFFFFF" stroke="${pal.iceEdge}" stroke-width="1.5"/>`);
    const at = frozen.line !== undefined && frozen.line > 0 ? ` (line ${frozen.line})` : '';
    const max = charsThatFit(r.w - 32, 20, true);
    const words = [`FROZEN: ${frozen.task} made a blocking call${at}`, `FROZEN: ${frozen.task} blocks${at}`, `FROZEN: ${frozen.task} blocks`];
    const label = words.find((w) => w.length <= max) ?? fitEnd(words[2]!, max);
    out.push(`<text x="${num(r.x + 16)}" y="${num(lineY)}" font-size="20" font-weight="700" fill="#000000" data-frozen-label="true">${esc(label)}</text>`);
  } else if (k.tickets.length > 0) {
    out.push(`<text x="${num(r.x + 16)}" y="${num(lineY)}" font-size="16" fill="${pal.mutedInk}">${esc(fitEnd('one chef, many tickets: it switches ticket at each await', charsThatFit(r.w - 32, 16)))}</text>`);
  }
  out.push('</g>');
  return out.join('');
}

export function drawKitchen(k: KitchenBox, pal: KitchenPalette): string {
  const sw = pal.stroke;
  const lit = k.kitchen.lit;
  const out: string[] = [];
  out.push(`<g data-kitchen="${k.pid}" data-lit="${lit}">`);
  out.push(`<rect x="${num(k.x)}" y="${num(k.y)}" width="${num(k.w)}" height="${num(k.h)}" rx="14" fill="${lit ? pal.floorLit : pal.floorDark}" stroke="${pal.wall}" stroke-width="${num(sw * 1.5)}"/>`);
  const h = k.header;
  out.push(`<path d="M${num(h.x)} ${num(h.y + 14)}a14 14 0 0 1 14 -14H${num(h.x + h.w - 14)}a14 14 0 0 1 14 14V${num(h.y + h.h)}H${num(h.x)}Z" fill="${pal.building}" fill-opacity="${pal.highContrast ? 1 : 0.12}"/>`);
  const name = k.kitchen.name === `pid ${k.pid}` ? k.kitchen.name : `${k.kitchen.name} \u00b7 pid ${k.pid}`;
  const headInk = pal.highContrast ? '#FFFFFF' : pal.ink;
  const state = lit ? `cooking: ${k.kitchen.cook ?? ''}` : 'stove cold';
  const stateMax = Math.max(6, charsThatFit(h.w * 0.4, 18));
  const nameMax = charsThatFit(h.w - 32 - Math.min(stateMax, state.length) * 18 * 0.58 - 40, 24, true);
  out.push(`<text x="${num(h.x + 16)}" y="${num(h.y + 34)}" font-size="24" font-weight="700" fill="${headInk}">${esc(fitMiddle(name, nameMax))}</text>`);
  out.push(`<circle cx="${num(h.x + h.w - 24)}" cy="${num(h.y + 26)}" r="10" fill="${lit ? pal.flame[2] : '#666666'}" stroke="${headInk}" stroke-width="2"/>`);
  out.push(`<text x="${num(h.x + h.w - 42)}" y="${num(h.y + 32)}" font-size="18" text-anchor="end" fill="${headInk}">${esc(fitMiddle(state, stateMax))}</text>`);
  out.push(drawRail(k, pal));
  out.push(drawDoor(k, pal), drawStove(k, pal), drawQueue(k, pal), drawPantry(k, pal), drawBench(k, pal));
  out.push('</g>');
  return out.join('');
}

export function drawParcels(parcels: ParcelBox[], pal: KitchenPalette): string {
  const out: string[] = [];
  for (const p of parcels) {
    out.push(`<path d="M${p.path.map((q) => `${num(q.x)} ${num(q.y)}`).join('L')}" fill="none" stroke="${pal.path}" stroke-width="3" stroke-dasharray="8 6"/>`);
  }
  for (const p of parcels) {
    const { x, y } = p.at;
    out.push(
      `<g data-parcel="${p.parcel.from}-${p.parcel.to}" data-progress="${num(p.parcel.progress)}">` +
        `<title>${esc(`message from pid ${p.parcel.from} to pid ${p.parcel.to}`)}</title>` +
        `<rect x="${num(x - 16)}" y="${num(y - 13)}" width="32" height="26" rx="3" fill="${pal.parcel}" stroke="${pal.ink}" stroke-width="${num(pal.stroke)}"/>` +
        `<path d="M${num(x)} ${num(y - 13)}V${num(y + 13)}" stroke="${pal.parcelTape}" stroke-width="4"/>` +
        '</g>',
    );
  }
  return out.join('');
}

export function drawCaption(c: CaptionBox, pal: KitchenPalette): string {
  const lh = Math.round(c.size * 1.3);
  const top = c.y + 16 + c.size;
  const lines = c.lines.map((l, i) => `<tspan x="${num(c.x + 16)}" y="${num(top + i * lh)}">${esc(l)}</tspan>`).join('');
  return (
    `<rect x="${num(c.x)}" y="${num(c.y)}" width="${num(c.w)}" height="${num(c.h)}" fill="${pal.highContrast ? '#000000' : '#FFFFFF'}"/>` +
    `<text data-caption="true" font-size="${c.size}" fill="${pal.highContrast ? '#FFFFFF' : pal.ink}">${lines}</text>`
  );
}
