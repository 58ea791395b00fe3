// A native <dialog> opened modally: the browser traps the focus inside it, Esc closes it, and
// the focus returns to the button that opened it — keyboard access without extra code.

import { useEffect, useRef, type ReactNode } from 'react';

export function ModalDialog({ title, open, onClose, children, testId }: { title: string; open: boolean; onClose(): void; children: ReactNode; testId: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="modal" aria-label={title} data-testid={testId} onClose={onClose}>
      <h2 className="modal-title">{title}</h2>
      {open && children}
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>Close</button>
      </div>
    </dialog>
  );
}

/** Copies `text`; where the clipboard is refused (no permission, insecure page) selects the field instead. */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    return false;
  }
}
