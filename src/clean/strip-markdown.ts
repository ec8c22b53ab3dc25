/**
 * Markdown -> plain text blocks for the text cleaner: markup removed, one block per paragraph, heading or list
 * item, so the text rules see the same shape they see in flattened pages.
 */
import { stripInline } from './inline-markdown.ts';

export { stripInline };

const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const QUOTE_MARK = /^\s{0,3}(?:>\s?)+/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;
const FENCE = /^\s{0,3}(```|~~~)/;

export function markdownToText(markdown: string): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    if (paragraph.length > 0) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  let inFence = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      endParagraph();
      continue;
    }
    if (inFence) {
      // Code is not review prose but it is the author's text; keep each line as it is.
      if (raw.trim() !== '') blocks.push(raw.trim());
      continue;
    }
    const line = raw.replace(QUOTE_MARK, '');
    if (line.trim() === '' || RULE.test(line) || REFERENCE_DEFINITION.test(line)) {
      endParagraph();
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && paragraph.length > 0) {
      // The paragraph so far was a heading: it stands alone.
      endParagraph();
      continue;
    }
    const heading = atxHeading(line);
    if (heading !== null) {
      endParagraph();
      blocks.push(stripInline(heading));
      continue;
    }
    if (LIST_ITEM.test(line)) {
      endParagraph();
      paragraph.push(stripInline(line.replace(LIST_ITEM, '')));
      continue;
    }
    paragraph.push(stripInline(line.trim()));
  }
  endParagraph();
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/**
 * The text of an ATX heading ("## Title ##"), or null when the line is none: up to three spaces, one to six "#",
 * spaces, the text, and optional closing "#"s. By hand, not with the pattern it reads like: its lazy text and the
 * two runs of spaces around the closing "#"s can split a long run of spaces in so many ways that a heading line
 * with a few thousand trailing spaces took seconds.
 */
function atxHeading(line: string): string | null {
  let at = 0;
  while (at < line.length && at <= 3 && isSpace(line[at])) at += 1;
  if (at > 3) return null;
  const hashes = at;
  while (line[at] === '#') at += 1;
  if (at === hashes || at - hashes > 6 || !isSpace(line[at])) return null;
  while (isSpace(line[at])) at += 1;
  let end = line.length;
  while (end > at && isSpace(line[end - 1])) end -= 1;
  while (end > at && line[end - 1] === '#') end -= 1;
  while (end > at && isSpace(line[end - 1])) end -= 1;
  const text = line.slice(at, end);
  return LINE_TERMINATOR.test(text) ? null : text;
}
