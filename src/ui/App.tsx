// The page: editor on the left; console and timeline on the right; controls on top; the
// isolation status at the bottom.

import { useEffect } from 'react';
import { CodeEditor } from './editor/CodeEditor.tsx';
import { SyntaxErrorLine } from './editor/SyntaxErrorLine.tsx';
import { ConsolePane } from './console/ConsolePane.tsx';
import { Toolbar } from './Toolbar.tsx';
import { StatusLine } from './StatusLine.tsx';
import { TimelineArea } from './TimelineArea.tsx';
import { isRunning, startRun } from './run-controller.ts';

export function App() {
  useEffect(() => {
    // Ctrl/Cmd+Enter runs, as in most playgrounds.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !isRunning()) {
        e.preventDefault();
        void startRun().catch(() => {});
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Concurrency Kitchen</h1>
        <Toolbar />
      </header>
      <main className="app-main">
        <section className="editor-pane" aria-label="Editor">
          <CodeEditor />
          <SyntaxErrorLine />
        </section>
        <div className="right-pane">
          <ConsolePane />
          <TimelineArea />
        </div>
      </main>
      <StatusLine />
    </div>
  );
}
