// A long-lived module worker that checks the editor's text for syntax errors as the user
// types, so that the parser never runs on the page's main thread (a parser bug that loops
// would otherwise freeze the editor). It only parses: nothing is ever run here.

import { checkSyntax } from './python-entry.ts';
import type { SyntaxCheckRequest, SyntaxWorkerMessage } from './worker-protocol.ts';

const post = (m: SyntaxWorkerMessage) => (self as unknown as { postMessage(m: unknown): void }).postMessage(m);

self.onmessage = (ev: MessageEvent<SyntaxCheckRequest>) => {
  const req = ev.data;
  if (req.type !== 'check') return;
  try {
    const err = checkSyntax(req.source, req.filename);
    // Copy the plain fields: an Error subclass does not survive structured cloning intact.
    post({
      type: 'checked',
      id: req.id,
      error: err && {
        type: err.type, msg: err.msg, filename: err.filename, lineno: err.lineno,
        offset: err.offset, end_lineno: err.end_lineno, end_offset: err.end_offset, text: err.text,
      },
    });
  } catch (e) {
    post({ type: 'check-failed', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
};
