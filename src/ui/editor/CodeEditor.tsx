// The left pane: a Monaco editor with Python highlighting. React only mounts it; Monaco owns
// the text. Every edit is mirrored into the store and, after a pause, checked for syntax
// errors off the main thread; python3's error becomes a marker at python3's line and column.

import { useEffect, useRef } from 'react';
import { monaco } from './monaco-setup.ts';
import { markerRange, syntaxErrorMessage } from './syntax-markers.ts';
import { SyntaxChecker } from '../../engine/syntax-checker.ts';
import { store } from '../store/index.ts';
import { editorHandle, PROGRAM_FILENAME } from './editor-handle.ts';
import { attachThreadHighlights } from './thread-highlights.ts';
import { attachAsyncLint } from './async-lint.ts';

const MARKER_OWNER = 'python-syntax';

export function CodeEditor() {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const model = monaco.editor.createModel(store.getState().code, 'python', monaco.Uri.parse('file:///main.py'));
    const editor = monaco.editor.create(host.current!, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      tabSize: 4,
      insertSpaces: true,
      scrollBeyondLastLine: false,
      renderLineHighlight: 'line',
      // Screen readers announce how to leave the editor from the keyboard (Tab indents in it).
      ariaLabel: 'Python program. Press Control+M, then Tab, to move the focus out of the editor.',
    });

    // At the playback cursor, each thread's line in the thread's colour.
    const highlights = attachThreadHighlights(editor);
    // Blocking calls inside `async def` as warnings (time.sleep in a coroutine, ...).
    const asyncLint = attachAsyncLint(model);

    const checker = new SyntaxChecker((r) => {
      if (!r.ok) {
        // The checker itself failed (e.g. a parser that is not built yet): show nothing rather
        // than a marker that would blame the user's code.
        console.debug('syntax check unavailable:', r.message);
        monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
        store.getState().setSyntaxError(null);
        return;
      }
      const err = r.error;
      store.getState().setSyntaxError(err);
      monaco.editor.setModelMarkers(model, MARKER_OWNER, err
        ? [{
            ...markerRange(err, (n) => model.getLineContent(n), model.getLineCount()),
            severity: monaco.MarkerSeverity.Error,
            message: syntaxErrorMessage(err),
            source: 'python3',
          }]
        : []);
    });

    const onChange = () => {
      const code = model.getValue();
      store.getState().setCode(code);
      checker.schedule(code, PROGRAM_FILENAME);
    };
    const sub = model.onDidChangeContent(onChange);
    checker.schedule(model.getValue(), PROGRAM_FILENAME);

    editorHandle.attach({
      getCode: () => model.getValue(),
      setCode: (src) => {
        // pushEditOperations keeps undo history, so a replaced program can be brought back.
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text: src }], () => null);
      },
      markers: () => monaco.editor.getModelMarkers({ owner: MARKER_OWNER, resource: model.uri }),
      focus: () => editor.focus(),
    });

    return () => {
      editorHandle.detach();
      highlights.dispose();
      asyncLint.dispose();
      sub.dispose();
      checker.dispose();
      editor.dispose();
      model.dispose();
    };
  }, []);

  return <div ref={host} className="code-editor" data-testid="editor" />;
}
