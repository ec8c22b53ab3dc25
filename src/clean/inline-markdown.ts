/**
 * Markdown's inline markup -> its text: links keep their words, images (not prose) go, emphasis, code marks and
 * inline HTML go. Each construct is the regular expression a reader would write for it ("**", text, "**"), but
 * run by hand in one pass: as regular expressions, every opening mark with no closing one after it sent a search
 * to the end of the line, so a long line of "**" or "[" took time quadratic in its length. Every search here
 * looks for the next closing mark from where the last search for it stopped, so a line is read a few times at
 * most, whatever it holds.
 */

type Span = [end: number, replacement: string];

/** Replaces inline markup with its text. */
export function stripInline(text: string): string {
  let out = text;
  out = replaceSpans(out, '!', (s, at) => bracketed(s, at, { prefix: 2, suffix: '(', close: ')', keep: false }));
  out = replaceSpans(out, '!', (s, at) => bracketed(s, at, { prefix: 2, suffix: '[', close: ']', keep: false }));
  out = replaceSpans(out, '[', (s, at) => bracketed(s, at, { prefix: 1, suffix: '(', close: ')', keep: true }));
  out = replaceSpans(out, '[', (s, at) => bracketed(s, at, { prefix: 1, suffix: '[', close: ']', keep: true }));
  out = replaceSpans(out, '<', autolink);
  out = replaceSpans(out, '<', htmlTag);
  out = replaceSpans(out, '`', code);
  out = replaceSpans(out, '*_', (s, at) => emphasis(s, at, s.text.startsWith('**', at) ? '**' : '__'));
  out = replaceSpans(out, '*', (s, at) => emphasis(s, at, '*'));
  out = replaceSpans(out, '_', (s, at) => emphasis(s, at, '_'));
  out = replaceSpans(out, '~', (s, at) => emphasis(s, at, '~~'));
  return out.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1').trim();
}

/** Where a span finder looks for its marks: the text, and searches that resume where they last stopped. */
class Scan {
  private readonly searches = new Map<string, { from: number; found: number }>();

  constructor(readonly text: string) {}

  /**
   * The first index at or after `from` where `accepts` holds, -1 when none. `key` names the search: as the
   * callers' `from` only grows, an answer found earlier stands until `from` passes it.
   */
  next(key: string, from: number, accepts: (index: number) => boolean): number {
    const last = this.searches.get(key);
    if (last !== undefined && from >= last.from && (last.found < 0 || from <= last.found)) return last.found;
    let found = -1;
    for (let i = from; i < this.text.length; i += 1) {
      if (accepts(i)) {
        found = i;
        break;
      }
    }
    this.searches.set(key, { from, found });
    return found;
  }

  /** The next `char` at or after `from`; `key` keeps apart searches for one character that go their own ways. */
  char(char: string, from: number, key = char): number {
    return this.next(key, from, (i) => this.text[i] === char);
  }
}

/**
 * Every span `find` reports, left to right, replaced; `find` is asked at each of the `openers` characters not inside
 * a span already replaced, and says where the span ends and what replaces it.
 */
function replaceSpans(text: string, openers: string, find: (scan: Scan, at: number) => Span | null): string {
  if (![...openers].some((opener) => text.includes(opener))) return text;
  const scan = new Scan(text);
  const nextOpener = (from: number): number => scan.next('opener', from, (i) => openers.includes(text[i] as string));
  let out = '';
  let copied = 0;
  for (let at = nextOpener(0); at >= 0; ) {
    const span = find(scan, at);
    if (span === null) {
      at = nextOpener(at + 1);
      continue;
    }
    out += text.slice(copied, at) + span[1];
    copied = span[0];
    at = nextOpener(copied);
  }
  return out + text.slice(copied);
}

/** `[text](target)`, `[text][ref]`, and the same after "!" for images: `text` keeps or loses its words. */
function bracketed(scan: Scan, at: number, shape: { prefix: number; suffix: string; close: string; keep: boolean }): Span | null {
  const { text } = scan;
  if (shape.prefix === 2 ? !text.startsWith('![', at) : text[at] !== '[') return null;
  const start = at + shape.prefix;
  const closeBracket = scan.char(']', start);
  // A link needs words; an image's alt text may be empty.
  if (closeBracket < 0 || (shape.keep && closeBracket === start) || text[closeBracket + 1] !== shape.suffix) return null;
  const end = scan.char(shape.close, closeBracket + 2, `target ${shape.close}`);
  if (end < 0) return null;
  return [end + 1, shape.keep ? text.slice(start, closeBracket) : ''];
}

/** `<https://…>` or `<mailto:…>`: the address without its brackets. */
function autolink(scan: Scan, at: number): Span | null {
  const { text } = scan;
  const scheme = /^<(?:https?|mailto):/y;
  scheme.lastIndex = at;
  if (!scheme.test(text)) return null;
  const start = scheme.lastIndex;
  const end = scan.next('>\\s', start, (i) => text[i] === '>' || /\s/.test(text[i] as string));
  if (end <= start || text[end] !== '>') return null;
  return [end + 1, text.slice(at + 1, end)];
}

/** An HTML tag (`<b>`, `</span>`, `<img src=…>`): gone. */
function htmlTag(scan: Scan, at: number): Span | null {
  const { text } = scan;
  const nameAt = text[at + 1] === '/' ? at + 2 : at + 1;
  if (!/[a-zA-Z]/.test(text[nameAt] ?? '')) return null;
  const end = scan.char('>', nameAt + 1);
  return end < 0 ? null : [end + 1, ''];
}

/** `` `code` ``: the code without its marks. */
function code(scan: Scan, at: number): Span | null {
  const end = scan.char('`', at + 1);
  return end <= at + 1 ? null : [end + 1, scan.text.slice(at + 1, end)];
}

const LINE_END = /[\n\r\u2028\u2029]/;
const WORD = /\w/;

/**
 * `**strong**`, `__strong__`, `*em*`, `_em_`, `~~struck~~`: the text between the marks, which starts and ends with
 * a non-space and stays on one line. A single `*` or `_` is no mark inside a word ("snake_case_name").
 */
function emphasis(scan: Scan, at: number, mark: string): Span | null {
  const { text } = scan;
  if (!text.startsWith(mark, at)) return null;
  if (mark.length === 1 && at > 0 && (WORD.test(text[at - 1] as string) || text[at - 1] === mark)) return null;
  const start = at + mark.length;
  if (start >= text.length || /\s/.test(text[start] as string)) return null;
  const close = scan.next(`close ${mark}`, start + 1, (i) => isClosingMark(text, i, mark));
  if (close < 0) return null;
  const lineEnd = scan.next('line end', start, (i) => LINE_END.test(text[i] as string));
  return lineEnd >= 0 && lineEnd < close ? null : [close + mark.length, text.slice(start, close)];
}

function isClosingMark(text: string, index: number, mark: string): boolean {
  if (!text.startsWith(mark, index) || /\s/.test(text[index - 1] as string)) return false;
  if (mark.length > 1) return true;
  const after = text[index + 1];
  return after === undefined || !(WORD.test(after) || after === mark);
}
