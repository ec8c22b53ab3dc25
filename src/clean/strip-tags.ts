/**
 * HTML source -> its text without a DOM, the clean stage's last resort when no tree could be built at all: tags
 * out (with the content of scripts and styles), block tags as line breaks.
 */

/**
 * One pass over the source that never rescans it: with a search to the end of the page for every "<" that no ">"
 * follows, or every <script> never closed, a page of unclosed tags took time quadratic in its length.
 */
export function stripTags(html: string): string {
  const closers = new Map<string, ClosingTag>();
  let out = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    const close = open < 0 ? -1 : html.indexOf('>', open + 1);
    if (close < 0) break;
    out += html.slice(at, open);
    const tag = html.slice(open + 1, close);
    const name = /^(\/?)([a-z][a-z0-9]*)\b/i.exec(tag);
    const lower = name?.[2]?.toLowerCase() ?? '';
    const end = name?.[1] === '' && RAW_TEXT_TAGS.has(lower) ? closingTag(html, lower, close + 1, closers) : -1;
    if (end >= 0) {
      out += ' ';
      at = end;
      continue;
    }
    out += BLOCK_TAGS.test(lower) && name !== null ? '\n\n' : ' ';
    at = close + 1;
  }
  return out + html.slice(at);
}

const RAW_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template']);
const BLOCK_TAGS = /^(?:p|div|br|li|h[1-6]|tr|section|article|blockquote)$/;

interface ClosingTag {
  start: number;
  /** Just past the tag; -1 when there is none. */
  end: number;
}

/**
 * Where the closing tag of `name` at or after `from` ends, or -1. Each search's answer is kept: a later search from
 * a later position before the found tag finds the same one, so the page is scanned once per tag name.
 */
function closingTag(html: string, name: string, from: number, found: Map<string, ClosingTag>): number {
  const known = found.get(name);
  if (known !== undefined && (known.end < 0 || known.start >= from)) return known.end;
  const pattern = new RegExp(`</${name}\\s*>`, 'gi');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  const tag = match === null ? { start: -1, end: -1 } : { start: match.index, end: match.index + match[0].length };
  found.set(name, tag);
  return tag.end;
}
