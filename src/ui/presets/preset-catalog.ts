// The presets: the guide's code examples and the lessons, as listed in
// public/examples/presets.json (title, the guide's section, a short explanation in the
// guide's terms, and an optional "predict first" question). The page fetches the list and
// each program from the same static host, so a preset is a plain .py file anyone can read,
// run with python3, and cache for offline use.

export interface PresetPrediction {
  question: string;
  choices: string[];
  /** Index of the choice the guide predicts. */
  answer: number;
}

export interface Preset {
  id: string;
  /** File name under examples/. */
  file: string;
  title: string;
  /** The section of the guide the preset illustrates. */
  guide: string;
  /** Two or three sentences, in the guide's terms (the restaurant, the GIL). */
  summary: string;
  /** 'guide': a code example of the guide itself; 'lesson': one point the guide makes. */
  kind: 'guide' | 'lesson';
  /** What the guide predicts, in a few words (lessons on CPU-bound and I/O-bound work). */
  predicts?: string;
  predict?: PresetPrediction;
}

/** Checks one entry of presets.json, so a typo in the file is reported, not rendered. */
export function parsePresets(json: unknown): Preset[] {
  const list = (json as { presets?: unknown })?.presets;
  if (!Array.isArray(list)) throw new Error('presets.json: expected { "presets": [...] }');
  return list.map((p: Partial<Preset>, i) => {
    for (const key of ['id', 'file', 'title', 'guide', 'summary'] as const) {
      if (typeof p[key] !== 'string' || p[key] === '') throw new Error(`presets.json: preset ${i} has no '${key}'`);
    }
    if (p.kind !== 'guide' && p.kind !== 'lesson') throw new Error(`presets.json: preset '${p.id}' has kind '${String(p.kind)}' (guide or lesson)`);
    const q = p.predict;
    if (q && !(typeof q.question === 'string' && Array.isArray(q.choices) && q.choices.length >= 2 && Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length)) {
      throw new Error(`presets.json: preset '${p.id}' has a malformed 'predict'`);
    }
    return p as Preset;
  });
}

/** Where the examples live, relative to the page (the app is served from any folder). */
export function examplesUrl(file: string, base: string): string {
  return new URL(`examples/${file}`, base).href;
}

let catalog: Promise<Preset[]> | null = null;

/** The preset list, fetched once. */
export function loadPresets(base: string = document.baseURI): Promise<Preset[]> {
  catalog ??= fetch(examplesUrl('presets.json', base))
    .then((r) => {
      if (!r.ok) throw new Error(`could not load the presets (HTTP ${r.status})`);
      return r.json();
    })
    .then(parsePresets)
    .catch((e: unknown) => {
      catalog = null; // let a later call try again (e.g. the network came back)
      throw e;
    });
  return catalog;
}

/** The program of one preset. */
export async function loadPresetSource(preset: Preset, base: string = document.baseURI): Promise<string> {
  const r = await fetch(examplesUrl(preset.file, base));
  if (!r.ok) throw new Error(`could not load ${preset.file} (HTTP ${r.status})`);
  return r.text();
}

/** Find a preset by id, or by its file name with or without '.py' (for ?preset=NAME). */
export function findPreset(presets: readonly Preset[], name: string): Preset | undefined {
  const n = name.trim();
  return presets.find((p) => p.id === n || p.file === n || p.file === `${n}.py` || p.file.replace(/^\d+_/, '').replace(/\.py$/, '') === n);
}
