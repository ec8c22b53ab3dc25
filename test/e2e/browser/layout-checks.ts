/**
 * Geometry checks for a rendered page, measured in the browser: blocks that overlap or text painted outside its
 * box, text squeezed into a sliver, and a page wider than the window. Each problem comes back as a sentence naming
 * the elements, so a failing test says what to look at in its screenshot.
 */
import type { Page } from 'playwright-core';

/**
 * The page's main blocks: the children of each layout region (header bar, main, the film hero and its columns, the
 * score panel, the film layout's columns and their sections, the side cards, lists of cards). Two of them that are
 * not nested may not share a pixel; the text inside them counts as part of them even where it spills out.
 */
export const BLOCK_SELECTORS = [
  '.site-header .inner > *',
  'main > *',
  '.hero > *',
  '.stats > *',
  '.section-title > *',
  '.film-hero > *',
  '.film-hero > * > *',
  '.score-panel > *',
  '.figures > *',
  '.film-facts > *',
  '.film-layout > *',
  '.film-layout > div > *',
  '.film-side > *',
  '.quotes > *',
  '.reviews > li',
  '.review > *',
  '.film-list > li',
  '.search-results > *',
  '.hit-list > li',
  '.name-hero > *',
  '.name-hero > div > *',
  '.prose > *',
  '.site-footer .inner > *',
  '.review-edit > *',
  '.editor-panel > *',
  '.audit-list > li',
  '.queue-list > li',
  '.queue-actions > *',
  '.held-list > li',
  '.held-actions > *',
];

/**
 * Blocks of running text. A definition list is measured whole, because its terms are short labels beside their
 * values by design; everything else here holds sentences or headings a reader has to read across.
 */
export const TEXT_SELECTORS = ['p', 'h1', 'h2', 'h3', 'h4', 'li', 'blockquote', 'figcaption', 'dl', '.figure-note', '.consensus'];

/** Narrower than this, a wrapped paragraph or heading reads a word or two a line. */
export const MIN_TEXT_WIDTH = 200;

interface MeasureInput {
  blocks: string;
  texts: string;
  minWidth: number;
}

/**
 * Runs in the page. Self-contained on purpose: Playwright sends its source text, so it may not call helpers
 * defined outside it.
 */
function measure({ blocks, texts, minWidth }: MeasureInput): string[] {
  const problems: string[] = [];
  const name = (el: Element): string => {
    const cls = typeof el.className === 'string' && el.className.trim() !== '' ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${cls}>${text ? ` "${text}"` : ''}`;
  };
  const shown = (el: Element): boolean => {
    // Laid out at all (a squeezed column can be 0 px wide and still hold text), and not hidden on purpose.
    if (el.getClientRects().length === 0) return false;
    if (el.closest('.visually-hidden, .skip-link')) return false;
    // Inside a closed <details> nothing is painted, though Chromium may still report boxes for it.
    if (el.closest('details:not([open]) > :not(summary)')) return false;
    return getComputedStyle(el).visibility !== 'hidden';
  };
  // Where text inside an element can be seen across: inside every scrolling or clipping box around it.
  const clips = new Map<Element, { left: number; right: number }>();
  const clipOf = (el: Element | null): { left: number; right: number } => {
    if (el === null) return { left: -Infinity, right: Infinity };
    const known = clips.get(el);
    if (known) return known;
    const outer = clipOf(el.parentElement);
    let clip = outer;
    if (getComputedStyle(el).overflowX !== 'visible') {
      const box = el.getBoundingClientRect();
      clip = { left: Math.max(outer.left, box.left), right: Math.min(outer.right, box.right) };
    }
    clips.set(el, clip);
    return clip;
  };
  // The rectangles of the text a reader can see inside an element (not text hidden for screen readers only).
  const textRects = (el: Element): DOMRect[] => {
    const rects: DOMRect[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if ((node.textContent ?? '').trim() === '' || node.parentElement?.closest('.visually-hidden, details:not([open]) > :not(summary)')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const clip = clipOf(node.parentElement);
      for (const r of range.getClientRects()) {
        const left = Math.max(r.left, clip.left);
        const right = Math.min(r.right, clip.right);
        if (right - left > 0 && r.height > 0) rects.push(new DOMRect(left, r.top, right - left, r.height));
      }
    }
    return rects;
  };
  // The box a reader sees: the element's own box, widened to wherever its text is painted.
  const seen = (el: Element) => {
    const box = el.getBoundingClientRect();
    const rects = textRects(el);
    const inkLeft = rects.length > 0 ? Math.min(...rects.map((r) => r.left)) : box.left;
    const inkRight = rects.length > 0 ? Math.max(...rects.map((r) => r.right)) : box.right;
    return { box, left: Math.min(box.left, inkLeft), right: Math.max(box.right, inkRight), top: box.top, bottom: box.bottom, inkLeft, inkRight };
  };
  // Lines of text: a fragment whose top is below the middle of the current line starts a new one (line boxes can
  // be shorter than the glyphs, so tops and bottoms of neighbouring lines may overlap by a few pixels).
  const lineCount = (el: Element): number => {
    const rects = textRects(el).sort((a, b) => a.top - b.top);
    let lines = 0;
    let middle = -Infinity;
    for (const rect of rects) {
      if (rect.top < middle) continue;
      lines++;
      middle = rect.top + rect.height / 2;
    }
    return lines;
  };

  const blockList = [...new Set(document.querySelectorAll(blocks))].filter(shown);
  const extents = blockList.map((el) => ({ el, ...seen(el) }));
  for (const a of extents) {
    const style = getComputedStyle(a.el);
    const clips = style.overflowX !== 'visible';
    if (!clips && (a.inkLeft < a.box.left - 1 || a.inkRight > a.box.right + 1)) {
      problems.push(`overflow: the text of ${name(a.el)} is painted outside its box (${Math.round(a.box.width)} px wide, text ${Math.round(a.inkRight - a.inkLeft)} px)`);
    }
  }
  for (let i = 0; i < extents.length; i++) {
    for (let j = i + 1; j < extents.length; j++) {
      const a = extents[i]!;
      const b = extents[j]!;
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (width > 1 && height > 1) {
        problems.push(`overlap: ${name(a.el)} and ${name(b.el)} share ${Math.round(width)}×${Math.round(height)} px`);
      }
    }
  }

  for (const el of new Set(document.querySelectorAll(texts))) {
    if (!shown(el) || (el.textContent ?? '').trim() === '') continue;
    const width = el.getBoundingClientRect().width;
    if (width >= minWidth) continue;
    // A short heading or label on one line is as wide as its words; only text that wraps in the sliver is squeezed.
    const lines = lineCount(el);
    if (lines > 1) problems.push(`narrow: ${name(el)} is ${Math.round(width)} px wide and wraps onto ${lines} lines`);
  }

  const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
  if (scrollWidth > window.innerWidth) problems.push(`scroll: the page is ${scrollWidth} px wide in a ${window.innerWidth} px window`);
  return problems;
}

/** Every geometry problem on the page as it is now laid out; empty when the page is sound. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(measure, { blocks: BLOCK_SELECTORS.join(', '), texts: TEXT_SELECTORS.join(', '), minWidth: MIN_TEXT_WIDTH });
}
