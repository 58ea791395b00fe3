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
import { PresetPicker } from './presets/PresetPicker.tsx';
import { ClassroomBar } from './classroom/ClassroomBar.tsx';
import { PredictGate } from './classroom/PredictGate.tsx';
import { EMBED, startClassroom } from './classroom/startup.ts';
import { EmbedApp } from './embed/EmbedApp.tsx';
import { ComparePanel } from './compare/ComparePanel.tsx';
import { useKitchen } from './store/index.ts';
import './classroom/classroom.css';

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
  // Presets, share links, embedding, shortcuts, predict first (issue 9); after the editor mounted.
  useEffect(() => startClassroom(), []);
  const compareOpen = useKitchen((s) => s.compareOpen);

  if (EMBED.embed) return <EmbedApp readonly={EMBED.readonly} />;

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Concurrency Kitchen</h1>
        <Toolbar />
        <ClassroomBar />
      </header>
      {compareOpen ? <ComparePanel /> : (
      <main className="app-main">
        <section className="editor-pane" aria-label="Editor">
          <PresetPicker />
          <CodeEditor />
          <SyntaxErrorLine />
        </section>
        <PredictGate>
          <div className="right-pane">
            <ConsolePane />
            <TimelineArea />
          </div>
        </PredictGate>
      </main>
      )}
      <StatusLine />
    </div>
  );
}
