// "Copy embed code": the iframe snippet for a course page, with the preset in the editor,
// the current view, and the embed options (docs/embedding.md).

import { useRef, useState } from 'react';
import { embedSnippet } from '../embed/embed-params.ts';
import { useKitchen } from '../store/index.ts';
import { ModalDialog, copyText } from './ModalDialog.tsx';

export function EmbedDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const presetId = useKitchen((s) => s.presetId);
  const view = useKitchen((s) => s.view);
  const [autorun, setAutorun] = useState(false);
  const [readonly, setReadonly] = useState(false);
  const [origin, setOrigin] = useState('');
  const [note, setNote] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  let originOk = true;
  try {
    if (origin.trim()) new URL(origin.trim());
  } catch {
    originOk = false;
  }
  const snippet = embedSnippet(window.location.href, { preset: presetId, view, autorun, readonly, origin: originOk && origin.trim() ? new URL(origin.trim()).origin : undefined });
  return (
    <ModalDialog title="Embed in a course page" open={open} onClose={onClose} testId="embed-dialog">
      <p>{presetId ? `The embed opens the example “${presetId}”.` : 'Choose an example first to embed it; without one the embed opens the default program.'}</p>
      <div className="modal-options">
        <label><input type="checkbox" checked={autorun} onChange={(e) => setAutorun(e.currentTarget.checked)} /> Run when loaded</label>
        <label><input type="checkbox" checked={readonly} onChange={(e) => setReadonly(e.currentTarget.checked)} /> Read-only program</label>
      </div>
      <label className="modal-field">
        Host page origin trusted to script it (optional)
        <input value={origin} placeholder="https://course.example.org" onChange={(e) => setOrigin(e.currentTarget.value)} aria-invalid={!originOk} />
      </label>
      {!originOk && <p className="modal-note" role="alert">Not an origin: write it as https://course.example.org</p>}
      <label className="modal-field">
        Embed code
        <textarea ref={field} readOnly rows={4} value={snippet} data-testid="embed-code" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p className="modal-note" role="status">{note}</p>
      <button type="button" className="btn" onClick={() => void copyText(snippet, field.current).then((ok) => setNote(ok ? 'Copied.' : 'Select the code and copy it (Ctrl+C).'))}>
        Copy embed code
      </button>
    </ModalDialog>
  );
}
