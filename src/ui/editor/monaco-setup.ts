// Monaco, bundled with the app and served from our own origin (no CDN, no AMD loader): the
// core editor API, the editor features a Python learner expects, and only the Python
// basic-language contribution (Monarch tokens for highlighting). Its one worker, the editor
// worker, is bundled by Vite (`?worker`) so it also loads from our origin.

import * as monaco from 'monaco-editor/editor/editor.api';
// Editor features, through Monaco's per-feature entry points (editor.main.js would pull in
// every language and language service too). coreCommands (cursor keys, typing) comes with
// the editor API itself.
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
// Ctrl+M (Ctrl+Shift+M on a Mac) switches Tab between indenting and moving the focus: without
// it, Tab could never leave the editor and keyboard users would be trapped in it (WCAG 2.1.2).
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/languages/definitions/python/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

window.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export { monaco };
