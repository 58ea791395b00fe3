// Test helpers that read the kitchen's SVG text without a DOM: the attributes of elements
// carrying a given data attribute, and a tag-balance check that catches broken markup.

/** Attributes of every start tag that has `attr` (e.g. "data-chef"), in document order. */
export function elementsWith(svg: string, attr: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const tag = /<([a-zA-Z]+)(\s[^>]*?)?\/?>/g;
  for (let m = tag.exec(svg); m !== null; m = tag.exec(svg)) {
    const attrs: Record<string, string> = { tag: m[1]! };
    const re = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"]*)"/g;
    for (let a = re.exec(m[2] ?? ''); a !== null; a = re.exec(m[2] ?? '')) attrs[a[1]!] = a[2]!;
    if (attr in attrs) out.push(attrs);
  }
  return out;
}

/** Throws if start and end tags do not nest properly or a raw '<' or '&' is left in text. */
export function checkWellFormed(svg: string): void {
  const stack: string[] = [];
  const token = /<(\/?)([a-zA-Z]+)(?:\s[^<>]*?)?(\/?)>|([^<]+)/g;
  let pos = 0;
  for (let m = token.exec(svg); m !== null; m = token.exec(svg)) {
    if (m.index !== pos) throw new Error(`stray '<' at ${pos}: ${svg.slice(pos, pos + 40)}`);
    pos = token.lastIndex;
    if (m[4] !== undefined) {
      if (/&(?!(amp|lt|gt|quot);)/.test(m[4])) throw new Error(`unescaped & in text: ${m[4].slice(0, 40)}`);
      continue;
    }
    const [, close, name, selfClose] = m;
    if (selfClose === '/') continue;
    if (close === '/') {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}>`);
    } else stack.push(name!);
  }
  if (pos !== svg.length) throw new Error(`stray '<' at ${pos}: ${svg.slice(pos, pos + 40)}`);
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
}
