// Small text helpers for the SVG kitchen: escaping, fixed-precision numbers (so the same scene
// always gives the same bytes), and text fitting. Text is measured by an estimate, not by the
// browser, because the renderer is a pure function that also runs in Node: an average glyph
// of a sans-serif face is about 0.58 em wide (bold ~0.62 em), which is close enough to keep
// labels inside their boxes; anything cut keeps its full text in a <title>.

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Two decimals at most, and no "-0": deterministic and compact. */
export const num = (x: number): string => {
  const r = Math.round(x * 100) / 100;
  return (r === 0 ? 0 : r).toString();
};

export const GLYPH_EM = 0.58;
export const BOLD_GLYPH_EM = 0.62;

/** How many characters of a `size` px label fit in `width` px. */
export function charsThatFit(width: number, size: number, bold = false): number {
  return Math.max(1, Math.floor(width / (size * (bold ? BOLD_GLYPH_EM : GLYPH_EM))));
}

/**
 * Shortens `text` to `max` characters by cutting its middle: thread names differ mostly at
 * their ends ("ThreadPoolExecutor-0_3"), so both ends are kept ("Thre…r-0_3").
 */
export function fitMiddle(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 1) return '\u2026';
  const tail = Math.ceil((max - 1) / 2);
  const head = max - 1 - tail;
  return chars.slice(0, head).join('') + '\u2026' + chars.slice(chars.length - tail).join('');
}

/** Shortens `text` to `max` characters at its end. */
export function fitEnd(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(0, max - 1)).join('') + '\u2026';
}

/** Greedy word wrap into lines of at most `max` characters (a longer word is cut). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const w = [...word].length > max ? fitEnd(word, max) : word;
    if (line === '') line = w;
    else if ([...line].length + 1 + [...w].length <= max) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
