// Loading a preset into the editor: fetch its program, replace the editor's text (undoable,
// through the editor handle) and remember which preset it is, for the explanation panel,
// the share link and "predict first".

import { editorHandle } from '../editor/editor-handle.ts';
import { store } from '../store/index.ts';
import { findPreset, loadPresetSource, loadPresets, type Preset } from './preset-catalog.ts';

export async function applyPreset(preset: Preset): Promise<void> {
  const src = await loadPresetSource(preset);
  editorHandle.setCode(src);
  store.getState().setPresetId(preset.id);
}

/** For ?preset=NAME: the preset, or an error that names the ones that exist. */
export async function applyPresetByName(name: string): Promise<Preset> {
  const presets = await loadPresets();
  const p = findPreset(presets, name);
  if (!p) throw new Error(`no preset named '${name}'; presets: ${presets.map((x) => x.id).join(', ')}`);
  await applyPreset(p);
  return p;
}
