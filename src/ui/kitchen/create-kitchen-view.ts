// The animated restaurant: a framework-free view that React only mounts (STYLE.md, after React
// Flow; like src/ui/timeline/create-timeline.ts). `createKitchenView(node, opts)` returns
// `{ update(scene), setReducedMotion(b), setHighContrast(b), destroy() }`; the playback loop
// calls `update` with `sceneAt(index, cursor)` as often as it likes.
//
// What it does with a scene:
// - lays it out (kitchen-layout.ts) and sizes an <svg> by its viewBox, so the picture scales
//   to the container;
// - redraws the still parts (building, kitchens, rail) and the parcels only when their markup
//   changed (string comparison is far cheaper than touching the DOM);
// - keeps one <g> per chef keyed by `pid:tid` and walks it to its new slot over WALK_MS with
//   requestAnimationFrame (tween.ts); under prefers-reduced-motion (or setReducedMotion(true))
//   chefs step straight to their place;
// - puts the caption in an HTML element with aria-live="polite", so screen readers hear what
//   happens without the picture being re-read.

import { chefData, chefFigure, chefTransform } from './draw-chef';
import { drawParcels } from './draw-fixtures';
import { kitchenPalette, type KitchenPalette } from './kitchen-palette';
import { FIXTURE_H, layoutScene, type ChefBox } from './kitchen-layout';
import { FONT_STACK, renderBackdrop } from './render-svg';
import type { Scene } from './scene-model';
import { poseAt, retarget, settled, still, WALK_MS, type Motion, type Pose } from './tween';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface KitchenViewOptions {
  highContrast?: boolean;
  /** Force reduced motion on or off; by default the view follows prefers-reduced-motion. */
  reducedMotion?: boolean;
  /** Walk time of a chef between places, ms. */
  walkMs?: number;
}

export interface KitchenView {
  update(scene: Scene): void;
  setReducedMotion(reduced: boolean): void;
  setHighContrast(on: boolean): void;
  destroy(): void;
}

interface ChefNode {
  g: SVGGElement;
  markup: string;
  data: string;
  motion: Motion;
}

export function targetPose(box: ChefBox, pal: KitchenPalette): Pose {
  return { x: box.x, y: box.y, scale: box.scale, opacity: box.chef.place === 'done' ? pal.doneOpacity : 1 };
}

export function createKitchenView(node: HTMLElement, opts: KitchenViewOptions = {}): KitchenView {
  let pal = kitchenPalette(opts.highContrast);
  const walkMs = opts.walkMs ?? WALK_MS;
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : undefined;
  let forced = opts.reducedMotion;
  const reduced = (): boolean => forced ?? media?.matches ?? false;

  const wrap = document.createElement('div');
  wrap.className = 'kitchen-view';
  wrap.style.cssText = 'display:flex;flex-direction:column;width:100%;height:100%;min-height:0';
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'The restaurant: kitchens are processes, chefs are threads, the stove is the GIL');
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  svg.setAttribute('font-family', FONT_STACK);
  svg.style.cssText = 'display:block;width:100%;flex:1 1 auto;min-height:0';
  const bg = document.createElementNS(SVG_NS, 'rect');
  const backdrop = document.createElementNS(SVG_NS, 'g');
  const parcels = document.createElementNS(SVG_NS, 'g');
  const chefsLayer = document.createElementNS(SVG_NS, 'g');
  svg.append(bg, backdrop, parcels, chefsLayer);
  const caption = document.createElement('p');
  caption.className = 'kitchen-caption';
  caption.setAttribute('aria-live', 'polite');
  caption.dataset.testid = 'kitchen-caption';
  caption.style.cssText = 'margin:0;padding:8px 12px;font:600 clamp(16px,2.2vw,26px)/1.3 system-ui,sans-serif';
  wrap.append(svg, caption);
  node.append(wrap);

  const chefs = new Map<string, ChefNode>();
  let order: string[] = [];
  let viewBox = '';
  let backdropMarkup = '';
  let parcelMarkup = '';
  let captionText = '';
  let frame = 0;
  let last: Scene | undefined;
  /** Has a scene been drawn yet? (The first scene's chefs are simply there.) */
  let drawn = false;

  const applyPalette = (): void => {
    bg.setAttribute('fill', pal.background);
    caption.style.background = pal.highContrast ? '#000000' : '#FFFFFF';
    caption.style.color = pal.highContrast ? '#FFFFFF' : pal.ink;
  };
  applyPalette();

  const draw = (c: ChefNode, p: Pose): void => {
    c.g.setAttribute('transform', chefTransform(p.x, p.y, p.scale));
    c.g.setAttribute('opacity', String(Math.round(p.opacity * 100) / 100));
  };

  const tick = (now: number): void => {
    frame = 0;
    let moving = false;
    for (const c of chefs.values()) {
      draw(c, poseAt(c.motion, now));
      if (!settled(c.motion, now)) moving = true;
    }
    if (moving) frame = requestAnimationFrame(tick);
  };

  function update(scene: Scene): void {
    last = scene;
    const layout = layoutScene(scene, { caption: false });
    const vb = `0 0 ${Math.round(layout.width)} ${Math.round(layout.height)}`;
    if (vb !== viewBox) {
      viewBox = vb;
      svg.setAttribute('viewBox', vb);
      bg.setAttribute('width', String(layout.width));
      bg.setAttribute('height', String(layout.height));
    }
    const b = renderBackdrop(layout, scene, pal);
    if (b !== backdropMarkup) {
      backdropMarkup = b;
      backdrop.innerHTML = b;
    }
    const p = drawParcels(layout.parcels, pal);
    if (p !== parcelMarkup) {
      parcelMarkup = p;
      parcels.innerHTML = p;
    }

    const now = performance.now();
    const duration = reduced() ? 0 : walkMs;
    wrap.dataset.motion = duration === 0 ? 'reduced' : 'walk'; // for tests and styling
    wrap.dataset.contrast = pal.highContrast ? 'high' : 'standard';
    const seen = new Set<string>();
    let moving = false;
    for (const box of layout.chefs) {
      seen.add(box.key);
      const target = targetPose(box, pal);
      let c = chefs.get(box.key);
      if (c === undefined) {
        const g = document.createElementNS(SVG_NS, 'g');
        c = { g, markup: '', data: '', motion: still(target) };
        chefs.set(box.key, c);
        // A chef who appears during playback comes in through its kitchen's door.
        const door = layout.kitchens.find((k) => k.pid === box.chef.pid)?.door;
        if (drawn && duration > 0 && door !== undefined) {
          c.motion = retarget(still({ ...target, x: door.x, y: door.y + FIXTURE_H, opacity: 0 }), target, now, duration);
          draw(c, c.motion.from);
          moving = true;
        } else draw(c, target);
      } else {
        c.motion = retarget(c.motion, target, now, duration);
        if (duration === 0) draw(c, target);
        else if (!settled(c.motion, now)) moving = true;
      }
      const markup = chefFigure(box, pal);
      if (markup !== c.markup) {
        c.markup = markup;
        c.g.innerHTML = markup;
      }
      const data = chefData(box);
      const dataKey = data.map(([k, v]) => `${k}=${v}`).join('\u0000');
      if (dataKey !== c.data) {
        for (const a of [...c.g.attributes]) if (a.name.startsWith('data-')) c.g.removeAttribute(a.name);
        for (const [k, v] of data) c.g.setAttribute(k, v);
        c.data = dataKey;
      }
    }
    for (const [key, c] of chefs) {
      if (!seen.has(key)) {
        c.g.remove();
        chefs.delete(key);
      }
    }
    // Paint order follows the layout (cooks first, so a tapping hand lies over the cook).
    const wanted = layout.chefs.map((c) => c.key);
    if (wanted.length !== order.length || wanted.some((k, i) => k !== order[i])) {
      order = wanted;
      for (const k of wanted) chefsLayer.appendChild(chefs.get(k)!.g);
    }
    if (scene.caption !== captionText) {
      captionText = scene.caption;
      caption.textContent = scene.caption;
    }
    drawn = true;
    if (moving && frame === 0) frame = requestAnimationFrame(tick);
  }

  const snap = (): void => {
    if (frame !== 0) cancelAnimationFrame(frame);
    frame = 0;
    for (const c of chefs.values()) {
      c.motion = still(c.motion.to);
      draw(c, c.motion.to);
    }
  };
  const onMedia = (): void => {
    if (forced === undefined && reduced()) snap();
  };
  media?.addEventListener('change', onMedia);

  return {
    update,
    setReducedMotion(b) {
      forced = b;
      if (b) snap();
    },
    setHighContrast(on) {
      pal = kitchenPalette(on);
      applyPalette();
      backdropMarkup = parcelMarkup = '';
      for (const c of chefs.values()) c.markup = '';
      if (last !== undefined) update(last);
    },
    destroy() {
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      media?.removeEventListener('change', onMedia);
      chefs.clear();
      wrap.remove();
    },
  };
}
