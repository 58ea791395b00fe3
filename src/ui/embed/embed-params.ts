// The page's query parameters for embedding (docs/embedding.md):
//   ?embed=1            compact layout: editor, the trace view, Run
//   &autorun=1          run once the program is loaded
//   &view=timeline|kitchen
//   &preset=NAME        load a preset (its id or file name)
//   &readonly=1         the program cannot be edited
//   &origin=URL         a host page origin trusted by the postMessage API (repeatable,
//                       or several separated by commas)
// Anything malformed is ignored with a reason (`problems`), never guessed at.

export interface EmbedParams {
  embed: boolean;
  autorun: boolean;
  readonly: boolean;
  view: 'timeline' | 'kitchen' | null;
  preset: string | null;
  /** Normalised origins ('https://course.example.org'), deduplicated. */
  origins: string[];
  problems: string[];
}

const on = (v: string | null): boolean => v !== null && v !== '0' && v !== 'false' && v !== 'no';

export function parseEmbedParams(search: string): EmbedParams {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  const view = q.get('view');
  const origins = new Set<string>();
  for (const raw of q.getAll('origin').flatMap((v) => v.split(','))) {
    const v = raw.trim();
    if (!v) continue;
    try {
      const u = new URL(v);
      if (u.origin === 'null') throw new Error('opaque');
      origins.add(u.origin);
    } catch {
      problems.push(`origin '${v}' is not an origin such as https://course.example.org`);
    }
  }
  if (view !== null && view !== 'timeline' && view !== 'kitchen') problems.push(`view '${view}' (timeline or kitchen)`);
  return {
    embed: on(q.get('embed')),
    autorun: on(q.get('autorun')),
    readonly: on(q.get('readonly')),
    view: view === 'timeline' || view === 'kitchen' ? view : null,
    preset: q.get('preset')?.trim() || null,
    origins: [...origins],
    problems,
  };
}

/** The iframe snippet the "copy embed code" dialog gives. */
export function embedSnippet(appUrl: string, o: { preset?: string | null; view?: 'timeline' | 'kitchen'; autorun?: boolean; readonly?: boolean; origin?: string; height?: number }): string {
  const u = new URL(appUrl);
  u.hash = '';
  u.search = '';
  u.searchParams.set('embed', '1');
  if (o.preset) u.searchParams.set('preset', o.preset);
  if (o.view) u.searchParams.set('view', o.view);
  if (o.autorun) u.searchParams.set('autorun', '1');
  if (o.readonly) u.searchParams.set('readonly', '1');
  if (o.origin) u.searchParams.set('origin', o.origin);
  const src = u.href.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${src}" title="Concurrency Kitchen" width="100%" height="${o.height ?? 520}" style="border:1px solid #ccc;border-radius:6px" loading="lazy"></iframe>`;
}
