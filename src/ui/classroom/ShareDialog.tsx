// "Share": a link that carries the program, the options and the view in its fragment
// (share/share-link.ts). Nothing is uploaded; the link is the whole state.

import { useEffect, useRef, useState } from 'react';
import { encodeShare, shareUrl } from '../share/share-link.ts';
import { captureShareState } from '../share/share-state.ts';
import { ModalDialog, copyText } from './ModalDialog.tsx';

export function ShareDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const [link, setLink] = useState('');
  const [note, setNote] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!open) return;
    setNote('');
    let live = true;
    encodeShare(captureShareState()).then(
      (frag) => live && setLink(shareUrl(window.location, frag)),
      (e: unknown) => live && setNote(`Could not make a link: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      live = false;
    };
  }, [open]);
  return (
    <ModalDialog title="Share this program" open={open} onClose={onClose} testId="share-dialog">
      <p>This link holds the program, the platform, the view and the playback speed. Nothing is sent to a server.</p>
      <label className="modal-field">
        Link
        <input ref={field} readOnly value={link} data-testid="share-link" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p className="modal-note" role="status">{note || `${link.length} characters`}</p>
      <button type="button" className="btn" disabled={!link} onClick={() => void copyText(link, field.current).then((ok) => setNote(ok ? 'Copied.' : 'Select the link and copy it (Ctrl+C).'))}>
        Copy link
      </button>
    </ModalDialog>
  );
}
