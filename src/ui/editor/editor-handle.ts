// A narrow handle on the mounted editor, for code outside React (window.kitchen) that must
// read or replace the program. Before the editor mounts, the store's text stands in.

import { store } from '../store/index.ts';

/** The name tracebacks and syntax errors give the editor's program. */
export const PROGRAM_FILENAME = 'main.py';

export interface EditorMarker {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  message: string;
}

interface AttachedEditor {
  getCode(): string;
  setCode(src: string): void;
  markers(): EditorMarker[];
  focus(): void;
}

let attached: AttachedEditor | null = null;

export const editorHandle = {
  attach(e: AttachedEditor) {
    attached = e;
  },
  detach() {
    attached = null;
  },
  getCode(): string {
    return attached ? attached.getCode() : store.getState().code;
  },
  setCode(src: string) {
    if (attached) attached.setCode(src);
    else store.getState().setCode(src);
  },
  markers(): EditorMarker[] {
    return attached ? attached.markers() : [];
  },
};
