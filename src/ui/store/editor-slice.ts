// Editor slice: the program's text as the editor last reported it, and the syntax error the
// checker found in it (shown as a Monaco marker and under the editor).

import type { StateCreator } from 'zustand';
import type { SyntaxErrorInfo } from '../../python/syntax-error.ts';
import type { KitchenState } from './index.ts';

export interface EditorSlice {
  code: string;
  syntaxError: SyntaxErrorInfo | null;
  setCode(code: string): void;
  setSyntaxError(e: SyntaxErrorInfo | null): void;
}

export const DEFAULT_PROGRAM = `import time

def cook(dish, seconds):
    print(f"start {dish}")
    time.sleep(seconds)
    print(f"{dish} ready")

for dish, t in [("soup", 0.2), ("bread", 0.1)]:
    cook(dish, t)
print("dinner is served")
`;

export const createEditorSlice: StateCreator<KitchenState, [], [], EditorSlice> = (set) => ({
  code: DEFAULT_PROGRAM,
  syntaxError: null,
  setCode: (code) => set({ code }),
  setSyntaxError: (syntaxError) => set({ syntaxError }),
});
