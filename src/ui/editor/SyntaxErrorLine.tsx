// Under the editor: the syntax error python3 would report, with its line and column, so a
// learner sees it without hovering over the squiggle.

import { selectSyntaxError, useKitchen } from '../store/index.ts';

export function SyntaxErrorLine() {
  const err = useKitchen(selectSyntaxError);
  return (
    <div className="syntax-error-line" data-testid="syntax-error" role="status">
      {err ? `Line ${err.lineno}, column ${err.offset}: ${err.type}: ${err.msg}` : ''}
    </div>
  );
}
