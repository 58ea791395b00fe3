// The compact layout of ?embed=1: the program, Run/Stop, the trace (timeline or kitchen) and
// a short console — what a course page has room for. Framed by a page that is not
// cross-origin isolated, it runs on the virtual platform and says so in one line, with a
// link that opens the same program in a new tab, where the page can be isolated.

import { CodeEditor } from '../editor/CodeEditor.tsx';
import { ConsolePane } from '../console/ConsolePane.tsx';
import { Toolbar } from '../Toolbar.tsx';
import { TimelineArea } from '../TimelineArea.tsx';
import { isFramed, isIsolated } from '../platform.ts';
import { encodeShare } from '../share/share-link.ts';
import { captureShareState } from '../share/share-state.ts';
import { PresetPicker } from '../presets/PresetPicker.tsx';

/** The full page with the current program, for "open in a new tab". */
async function fullPageUrl(): Promise<string> {
  const u = new URL(window.location.href);
  u.search = '';
  u.hash = await encodeShare(captureShareState());
  return u.href;
}

export function EmbedNotice() {
  if (isIsolated()) return null;
  const open = (e: React.MouseEvent) => {
    e.preventDefault();
    void fullPageUrl().then((url) => window.open(url, '_blank', 'noopener'));
  };
  return (
    <p className="embed-notice" data-testid="embed-notice" role="note">
      Runs on the virtual platform here (this page is {isFramed() ? 'framed by a page that is not cross-origin isolated' : 'not cross-origin isolated'}): threads are simulated, times are simulated.{' '}
      <a href={window.location.href} target="_blank" rel="noopener" onClick={open} data-testid="open-new-tab">Open in a new tab</a>
    </p>
  );
}

export function EmbedApp({ readonly }: { readonly: boolean }) {
  return (
    <div className="app app-embed" data-testid="embed-app">
      <header className="app-header embed-header">
        <Toolbar />
        {!readonly && <PresetPicker compact />}
      </header>
      <EmbedNotice />
      <main className="embed-main">
        <section className="editor-pane" aria-label="Editor">
          <CodeEditor />
        </section>
        <div className="right-pane embed-right">
          <TimelineArea />
          <ConsolePane />
        </div>
      </main>
    </div>
  );
}
