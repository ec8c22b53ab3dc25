/**
 * A DOM subtree -> one line per block of text (paragraph, list item, heading, table cell…), text only. Inline
 * elements are joined as the browser would render them; a block boundary or <br> ends a line.
 */
import type { Line, LineKind } from './lines.ts';
import { normalizeSpace } from './normalize-text.ts';
import { BOX_ATTRIBUTE } from './review-boxes.ts';
import { tagOf } from './tag-name.ts';

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
// A table row reads as one line ("Director: | Alex Ross Perry"), so a credits table stays one fact per line.
const CELL_TAGS = new Set(['TD', 'TH']);
// Never text a reader sees.
const INVISIBLE_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD', 'TITLE',
  'META', 'LINK', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'AUDIO', 'VIDEO', 'PICTURE', 'SOURCE',
]);
// Menus and pop-ups, skipped when reading a whole body (Readability has already removed them from an article).
// Asides and footers stay: when Readability found nothing, they may be all the text the page has.
const CHROME_TAGS = new Set(['NAV', 'MENU', 'DIALOG']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface BlockLinesOptions {
  /** Skip menus, dialogs and hidden elements: for a whole page body, not for Readability's article. */
  skipChrome?: boolean;
  /** Elements read as if removed (furniture found but left in the tree). */
  skip?: ReadonlySet<Element>;
}

export function blockLines(root: Node, options: BlockLinesOptions = {}): Line[] {
  const collector = new LineCollector();
  const box = root.nodeType === ELEMENT_NODE ? (root as Element).getAttribute(BOX_ATTRIBUTE) : null;
  if (box === 'rating' || box === 'verdict') collector.reviewBox = box;
  walk(root, collector, options.skipChrome ?? false, options.skip);
  collector.flush();
  return collector.lines;
}

class LineCollector {
  readonly lines: Line[] = [];
  kind: LineKind = 'text';
  /** How many <a> elements the walk is inside, and how many <li>. */
  linkDepth = 0;
  listDepth = 0;
  reviewBox: Line['reviewBox'] = undefined;
  /**
   * The line so far, in pieces joined once at its end: a table row of thousands of cells called for its end to be
   * trimmed at every cell, which rebuilt the whole string each time.
   */
  private parts: string[] = [];
  /** The last piece holding more than whitespace, or -1. */
  private lastText = -1;
  private linkChars = 0;

  append(text: string): void {
    this.parts.push(text);
    const trimmed = text.trim().length;
    if (trimmed > 0) this.lastText = this.parts.length - 1;
    if (this.linkDepth > 0) this.linkChars += trimmed;
  }

  endCell(): void {
    if (this.lastText < 0) return;
    const text = (this.parts[this.lastText] as string).trimEnd();
    if (text.endsWith('|')) return;
    this.parts.length = this.lastText;
    if (text.endsWith(':')) {
      this.parts.push(text, ' ');
      this.lastText = this.parts.length - 2;
    } else {
      this.parts.push(text, ' | ');
      this.lastText = this.parts.length - 1;
    }
  }

  flush(): void {
    const text = withoutEdgeSeparators(normalizeSpace(this.parts.join('')));
    const linkShare = text === '' ? 0 : Math.min(1, this.linkChars / text.length);
    this.parts = [];
    this.lastText = -1;
    this.linkChars = 0;
    if (text === '') return;
    const line: Line = { text, block: this.lines.length, kind: this.kind, linkShare };
    if (this.listDepth > 0) line.listItem = true;
    if (this.reviewBox !== undefined) line.reviewBox = this.reviewBox;
    this.lines.push(line);
  }
}

function walk(node: Node, collector: LineCollector, skipChrome: boolean, skip: ReadonlySet<Element> | undefined): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      collector.append(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = tagOf(element);
    if (INVISIBLE_TAGS.has(tag) || (skipChrome && (CHROME_TAGS.has(tag) || isHidden(element)))) continue;
    if (skip?.has(element)) continue;
    const box = element.getAttribute(BOX_ATTRIBUTE);
    if (box === 'rating' || box === 'verdict') {
      // A box is its own block even when the page builds it from inline elements.
      collector.flush();
      const outerBox = collector.reviewBox;
      collector.reviewBox = box;
      walk(element, collector, skipChrome, skip);
      collector.flush();
      collector.reviewBox = outerBox;
      continue;
    }
    if (tag === 'BR' || tag === 'HR') {
      collector.flush();
      continue;
    }
    if (!BLOCK_TAGS.has(tag)) {
      const link = tag === 'A';
      if (link) collector.linkDepth += 1;
      walk(element, collector, skipChrome, skip);
      if (link) collector.linkDepth -= 1;
      if (CELL_TAGS.has(tag)) collector.endCell();
      continue;
    }
    collector.flush();
    const outerKind = collector.kind;
    const item = tag === 'LI' || tag === 'DT' || tag === 'DD';
    collector.kind = kindOf(tag, outerKind);
    if (item) collector.listDepth += 1;
    walk(element, collector, skipChrome, skip);
    collector.flush();
    if (item) collector.listDepth -= 1;
    collector.kind = outerKind;
  }
}

/**
 * The line without the cell separators at its ends, which come from empty cells or cells holding whole
 * paragraphs. By hand: a pattern anchored at the end is tried from every position, and a line of text holding a
 * long run of "| | |" made that quadratic.
 */
function withoutEdgeSeparators(text: string): string {
  let start = 0;
  while (text[start] === '|') {
    start += 1;
    while (start < text.length && /\s/.test(text[start] as string)) start += 1;
  }
  if (!text.endsWith('|') || start === text.length) return text.slice(start);
  let end = text.length;
  while (end > start && (text[end - 1] === '|' || /\s/.test(text[end - 1] as string))) end -= 1;
  return text.slice(start, end);
}

function kindOf(tag: string, outer: LineKind): LineKind {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'FIGCAPTION') return 'caption';
  return outer;
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}
