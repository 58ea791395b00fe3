// The list of files the service worker keeps for offline use (service-worker.js), computed
// at build time by vite.config.ts from the bundle and the public folder, and written into
// the worker's source in place of its placeholder.

export const PRECACHE_PLACEHOLDER = '"__KITCHEN_PRECACHE__"';

/** Files to keep: the page's folder itself, then every built file except the worker and maps. */
export function precacheList(files: readonly string[], swName: string): string[] {
  const keep = files.filter((f) => f !== swName && !f.endsWith('.map') && !f.startsWith('.')).map((f) => f.replace(/\\/g, '/'));
  return ['./', ...[...new Set(keep)].sort()];
}

export function injectPrecache(swSource: string, list: readonly string[]): string {
  if (!swSource.includes(PRECACHE_PLACEHOLDER)) throw new Error(`service worker source has no ${PRECACHE_PLACEHOLDER} placeholder`);
  return swSource.replace(PRECACHE_PLACEHOLDER, JSON.stringify(list));
}
