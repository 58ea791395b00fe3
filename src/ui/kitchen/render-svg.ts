// renderKitchenSvg: one instant of the restaurant (a Scene from scene-model.ts) as a complete,
// deterministic SVG document — the same scene always gives the same bytes — for export, for
// snapshot tests and for the e2e screenshots of chosen instants. The animated view
// (create-kitchen-view.ts) draws from the same pieces: `renderBackdrop` for what does not
// move, `chefFigure` for each chef it moves itself, `drawParcels` for the parcels.
//
// Layering, back to front: building and kitchens (with fixtures and the ticket rail), parcels,
// chefs (so a tapping arm lies over the stove region), caption.

import { chefElement } from './draw-chef';
import { drawBuilding, drawCaption, drawKitchen, drawParcels } from './draw-fixtures';
import { kitchenPalette, type KitchenPalette } from './kitchen-palette';
import { layoutScene, type SceneLayout } from './kitchen-layout';
import type { Scene } from './scene-model';
import { esc, num } from './svg-text';

export interface KitchenSvgOptions {
  /** Black ink on white, thicker strokes, no faint fading. */
  highContrast?: boolean;
  /** Draw the caption band under the building (default true). */
  caption?: boolean;
  /** Pixel width of the document; the height follows the picture's shape. Default: the
   *  layout's own size in user units. The viewBox always scales the picture to fit. */
  width?: number;
}

export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

/** Everything that does not move between frames of one state: building and kitchens. */
export function renderBackdrop(layout: SceneLayout, scene: Scene, pal: KitchenPalette): string {
  return drawBuilding(layout, scene, pal) + layout.kitchens.map((k) => drawKitchen(k, pal)).join('');
}

export function renderKitchenSvg(scene: Scene, opts: KitchenSvgOptions = {}): string {
  const pal = kitchenPalette(opts.highContrast);
  const layout = layoutScene(scene, { caption: opts.caption });
  return svgDocument(layout, scene, pal, opts.width);
}

export function svgDocument(layout: SceneLayout, scene: Scene, pal: KitchenPalette, width?: number): string {
  const w = width ?? layout.width;
  const h = (w * layout.height) / layout.width;
  const chefs = layout.chefs.map((c) => chefElement(c, pal)).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(layout.width)} ${num(layout.height)}" width="${num(w)}" height="${num(h)}" font-family="${FONT_STACK}" role="img" aria-label="${esc(scene.caption)}" data-mode="${scene.mode}" data-high-contrast="${pal.highContrast}">`,
    `<rect width="${num(layout.width)}" height="${num(layout.height)}" fill="${pal.background}"/>`,
    renderBackdrop(layout, scene, pal),
    drawParcels(layout.parcels, pal),
    chefs,
    layout.caption !== undefined ? drawCaption(layout.caption, pal) : '',
    '</svg>',
  ].join('\n');
}
