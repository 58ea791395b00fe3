// Host.readLine over a block of text that is known in full before the program reads it
// (the `stdin` option of a run, or the CLI's piped stdin). input() strips one trailing
// newline, as CPython's builtin_input_impl does with the line sys.stdin.readline returns.

export function createLineReader(getText: () => string): () => string | null {
  let text: string | null = null;
  let pos = 0;
  return () => {
    if (text === null) text = getText();
    if (pos >= text.length) return null;
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(pos, end);
    pos = nl === -1 ? text.length : nl + 1;
    return line;
  };
}
