/**
 * HTML source -> the same source with its nesting and its number of elements limited, before the parser sees it.
 * The parser (htmlparser2, under linkedom) keeps its open elements in an array it grows and shrinks at the front,
 * so every tag costs the current depth: a page nested 100,000 levels deep took 10 s to parse, and 10 MB of
 * unclosed <div>s would take an hour. And each element it builds costs microseconds and memory that a page of
 * millions of tiny elements turns into tens of seconds. So, in a page past either limit:
 *
 * - at MAX_PARSE_DEPTH, an element opened at the cap first closes the innermost open one, as Blink's parser does
 *   at its cap: past it elements become siblings, each keeping its text, in order (a close tag left without its
 *   element later closes nothing, or an outer element of its name);
 * - after MAX_PARSE_ELEMENTS elements, the tags are left out and their text kept; comments, scripts and styles
 *   are left out whole, so that nothing a reader never saw becomes text.
 *
 * Any other page is returned as it is. The depth is followed with the parser's own rules (void elements, raw-text
 * elements, the open tags that close an open <p>, <li>, <td>…, a close tag closing everything opened after its
 * element), but tokens are found with a simple scan, so a page built to fool the scan can at worst keep some of
 * its depth; bound-tree.ts bounds what is parsed anyway.
 */

/** Where Blink's parser stops nesting too; four times bound-tree.ts's cap, which flattens what is past that. */
export const MAX_PARSE_DEPTH = 512;

/** Twice bound-tree.ts's cap, which reduces a page more gently (inline and empty elements first) up to this. */
export const MAX_PARSE_ELEMENTS = 200_000;

const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
// Their content is text up to their own close tag; they never hold elements.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const FOREIGN = new Set(['svg', 'math']);
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
// htmlparser2's table: opening the key closes the innermost open element when it is one of these.
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])], ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])], ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag): [string, ReadonlySet<string>] => [tag, FORM]),
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul',
  ].map((tag): [string, ReadonlySet<string>] => [tag, P]),
]);

const TAG_NAME = /[^\s/>]*/y;

/** Replace html[start, end) with `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface MarkupLimits {
  maxDepth?: number;
  maxElements?: number;
}

/**
 * @example
 * limitMarkup('<div>'.repeat(1_000)) // 512 nested <div>s, then "</div><div>" 488 times
 */
export function limitMarkup(html: string, limits: MarkupLimits = {}): string {
  const maxDepth = limits.maxDepth ?? MAX_PARSE_DEPTH;
  const maxElements = limits.maxElements ?? MAX_PARSE_ELEMENTS;
  // Every element takes at least three characters ("<a>").
  if (html.length < Math.min(maxDepth, maxElements) * 3) return html;
  const edits = new MarkupScan(html, maxDepth, maxElements).run();
  if (edits.length === 0) return html;
  let out = '';
  let copied = 0;
  for (const { start, end, text } of edits) {
    out += html.slice(copied, start) + text;
    copied = end;
  }
  return out + html.slice(copied);
}

class MarkupScan {
  private readonly stack: string[] = [];
  /** How many elements of each name are open in `stack`, so a close tag knows without searching it. */
  private readonly open = new Map<string, number>();
  private foreign = 0;
  private elements = 0;
  private readonly edits: Edit[] = [];

  constructor(
    private readonly html: string,
    private readonly maxDepth: number,
    private readonly maxElements: number,
  ) {}

  run(): Edit[] {
    const { html } = this;
    let at = html.indexOf('<');
    while (at >= 0 && at < html.length - 1) {
      const next = this.token(at);
      if (next < 0) break;
      at = html.indexOf('<', next);
    }
    return this.edits;
  }

  /** Reads the token at `at` (a "<"); returns where scanning goes on, or -1 when the rest of the page is one token. */
  private token(at: number): number {
    const { html } = this;
    const c = html.charCodeAt(at + 1);
    if (c === 0x21 /* ! */) {
      const end = html.startsWith('<!--', at) ? after(html.indexOf('-->', at + 4), 3) : after(html.indexOf('>', at + 2), 1);
      return this.past(at, end);
    }
    if (c === 0x3f /* ? */) return this.past(at, after(html.indexOf('>', at + 2), 1));
    const closing = c === 0x2f; /* / */
    const nameStart = closing ? at + 2 : at + 1;
    if (!isLetter(html.charCodeAt(nameStart))) return at + 1;
    TAG_NAME.lastIndex = nameStart;
    const name = (TAG_NAME.exec(html)?.[0] ?? '').toLowerCase();
    const end = tagEnd(html, nameStart + name.length);
    if (end < 0) return -1;
    if (this.elements >= this.maxElements) {
      if (closing || !RAW_TEXT.has(name)) return this.past(at, end);
      const close = rawTextEnd(html, name, end);
      return this.past(at, close < 0 ? -1 : after(html.indexOf('>', close), 1));
    }
    if (closing) this.close(name);
    else {
      this.elements += 1;
      const selfClosing = this.foreign > 0 && html.charCodeAt(end - 2) === 0x2f;
      this.openTag(name, at, selfClosing);
      if (RAW_TEXT.has(name)) return after(rawTextEnd(html, name, end), 0);
    }
    return end;
  }

  /**
   * A token from `start` to `end` (-1: the end of the page) that is left out once the page has had its elements;
   * before that it stays. Returns where scanning goes on.
   */
  private past(start: number, end: number): number {
    if (this.elements < this.maxElements) return end;
    this.edits.push({ start, end: end < 0 ? this.html.length : end, text: '' });
    return end;
  }

  private openTag(name: string, start: number, selfClosing: boolean): void {
    const closes = IMPLIES_CLOSE.get(name);
    while (closes !== undefined && this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1] as string)) this.pop();
    if (VOID.has(name) || selfClosing || RAW_TEXT.has(name)) return;
    if (this.stack.length >= this.maxDepth) {
      this.edits.push({ start, end: start, text: `</${this.stack[this.stack.length - 1] as string}>` });
      this.pop();
    }
    this.stack.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) this.foreign += 1;
  }

  private close(name: string): void {
    if ((this.open.get(name) ?? 0) === 0) return;
    let popped: string | undefined;
    do popped = this.pop();
    while (popped !== name && popped !== undefined);
  }

  private pop(): string | undefined {
    const name = this.stack.pop();
    if (name === undefined) return undefined;
    this.open.set(name, (this.open.get(name) ?? 1) - 1);
    if (FOREIGN.has(name)) this.foreign -= 1;
    return name;
  }
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function after(index: number, length: number): number {
  return index < 0 ? -1 : index + length;
}

/** Just past the ">" that ends the tag whose attributes start at `from`, skipping quoted values; -1 when none. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i += 1) {
    const code = html.charCodeAt(i);
    if (code === 0x3e /* > */) return i + 1;
    if (code === 0x3d /* = */) {
      let value = i + 1;
      while (value < html.length && html.charCodeAt(value) <= 0x20) value += 1;
      const quote = html.charCodeAt(value);
      if (quote === 0x22 || quote === 0x27) {
        const close = html.indexOf(String.fromCharCode(quote), value + 1);
        if (close < 0) return -1;
        i = close;
      }
    }
  }
  return -1;
}

/** Where the close tag of a raw-text element opened before `from` starts; -1 when it is never closed. */
function rawTextEnd(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}
