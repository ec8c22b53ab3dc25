/**
 * Bounds a parsed page before any cleaning walk reads it, so that what a walk costs per element is bounded too.
 * Several steps cost an element's depth or its subtree's size (Readability scores and measures every ancestor and
 * every subtree, text is gathered per level), so on a page nested thousands of levels deep cleaning grew with the
 * square of the depth and more, and one hostile page could hold a server for minutes. Two caps, neither of which
 * any real page we have reaches, and neither of which drops text a reader would see:
 *
 * - Depth. Elements deeper than MAX_DEPTH are lifted into the element at the cap, in document order, the way a
 *   browser's parser stops nesting (Blink at 512 levels). An element that holds only text keeps it (a <p> stays a
 *   paragraph); any other is replaced by what it held, and a block element by an empty marker before it, so block
 *   boundaries still end lines. Elements that never show text (<svg>, <template>…) are removed below the cap.
 * - Element count. Over MAX_ELEMENTS, the page is reduced in order of what the walks lose: first inline elements
 *   without attributes are unwrapped (<b>, <em>, <span>: the text and its lines read the same without them), then
 *   elements that hold no text at all are removed (icons, spacers, empty wrappers). Only if that is not enough are
 *   the elements past the cap, in document order, unwrapped into their text (read as one run of text), and the ones
 *   that never show text removed.
 */
import { BLOCK_TAGS } from './html-blocks.ts';
import { tagOf } from './tag-name.ts';

/**
 * The deepest of the 1,120 real pages of the extraction corpus (../shared/data/extraction) is 42 levels (median 17),
 * so a real page is never touched; the cap stays low enough that (elements × depth) walks cost a few times what they
 * cost on a real page at most.
 */
export const MAX_DEPTH = 128;

/**
 * The largest page of that corpus has about 10,000 elements; a 10 MB page of real markup 100,000-300,000. Past
 * this many the reduction above starts, which bounds the time of the walks after it; past twice as many the source
 * is cut before parsing (limit-markup.ts).
 */
export const MAX_ELEMENTS = 100_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Elements whose content is never text a reader sees; below the depth cap or past the element cap they go whole.
// Raw-text elements (<script>, <style>) hold only text, so they survive the depth cap intact (JSON-LD stays).
const NEVER_TEXT = new Set(['SVG', 'MATH', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SELECT', 'VIDEO', 'AUDIO', 'PICTURE']);
const RAW_TEXT = new Set(['SCRIPT', 'STYLE', 'TITLE', 'TEXTAREA']);
// Phrasing elements that neither start a line nor change how a walk reads the text (links do: their text is not
// prose; <br> ends a line).
const INLINE = new Set([
  'SPAN', 'FONT', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'STRIKE', 'SMALL', 'BIG', 'MARK', 'ABBR', 'ACRONYM', 'CITE',
  'DFN', 'Q', 'SUB', 'SUP', 'TIME', 'CODE', 'KBD', 'SAMP', 'VAR', 'TT', 'INS', 'DEL', 'NOBR', 'BDI', 'BDO', 'DATA',
]);
// Elements that mean something while empty: a line break, a rule, an image.
const MEANINGFUL_EMPTY = new Set(['BR', 'HR', 'IMG', 'WBR', 'INPUT', 'META', 'LINK']);

export interface BoundedTree {
  /** Whether elements deeper than the cap were lifted into it. */
  flattened: boolean;
  /** Elements left below the root. */
  elements: number;
  /**
   * The sum of the depths of the elements and texts, which is also the sum of the elements' subtree sizes: what a
   * step that visits every element's subtree costs (Readability does, several times).
   */
  depthSum: number;
  /**
   * The sum of each text's length times the number of pairs of elements above it, scripts and styles left out:
   * what a step costs that reads, for every element, the text of every element inside it (Readability's text
   * density does).
   */
  textPairSum: number;
}

/**
 * Lifts elements deeper than `maxDepth` (counted from the document element, at 1) into the element at the cap
 * and reduces the element count to `maxElements`, in place; measures what is left. Walks without recursion: a
 * hostile page is deep.
 */
export function boundTree(document: Document, limits: { maxDepth?: number; maxElements?: number } = {}): BoundedTree {
  const root = document.documentElement;
  if (!root) return { flattened: false, elements: 0, depthSum: 0, textPairSum: 0 };
  const maxElements = limits.maxElements ?? MAX_ELEMENTS;
  const lifted = liftDeepElements(root, limits.maxDepth ?? MAX_DEPTH);
  // A page within both caps (any real page) is measured by the same walk.
  if (!lifted.flattened && lifted.elements <= maxElements) return lifted;
  if (lifted.elements > maxElements) reduce(root, maxElements);
  return { flattened: lifted.flattened, ...measure(root) };
}

/** The reductions, in order, each only while the page is still over the cap. */
function reduce(root: Element, maxElements: number): void {
  unwrapAll(root, (element) => INLINE.has(tagOf(element)) && !element.hasAttributes());
  if (measure(root).elements > maxElements) removeEmpty(root);
  if (measure(root).elements > maxElements) flattenPast(root, maxElements);
}

/** Sizes of the tree as it is now, for BoundedTree. */
class TreeSize {
  elements = 0;
  depthSum = 0;
  textPairSum = 0;

  add(element: Element, depth: number): void {
    this.elements += 1;
    this.depthSum += depth;
    // Scripts and styles are removed before any step reads text.
    if (RAW_TEXT.has(tagOf(element))) return;
    for (let child = element.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType !== TEXT_NODE) continue;
      this.depthSum += depth + 1;
      this.textPairSum += ((child.nodeValue ?? '').length * depth * (depth - 1)) / 2;
    }
  }
}

function measure(root: Element): Omit<BoundedTree, 'flattened'> {
  const size = new TreeSize();
  walk(root, (element, depth) => {
    size.add(element, depth);
    return true;
  });
  return { elements: size.elements, depthSum: size.depthSum, textPairSum: size.textPairSum };
}

/**
 * One walk in document order; every element at the depth cap that holds elements has them lifted into it. The
 * sizes it returns are the tree's only when nothing was lifted.
 */
function liftDeepElements(root: Element, maxDepth: number): BoundedTree {
  let flattened = false;
  const size = new TreeSize();
  walk(root, (element, depth) => {
    size.add(element, depth);
    if (depth < maxDepth || element.firstElementChild === null) return true;
    flattened = true;
    size.elements += liftInto(element);
    return false;
  });
  return { flattened, elements: size.elements, depthSum: size.depthSum, textPairSum: size.textPairSum };
}

/**
 * Makes every element below `cap` a child of it, in document order. An element holding only text keeps it; any
 * other is replaced by what it held, and a block element leaves itself behind, empty, as a marker of the line
 * break it made (one marker for a run of them: a chain of 5,000 <div>s is one line break, not 5,000 elements for
 * Readability to score). Returns how many elements are now below `cap`.
 */
function liftInto(cap: Element): number {
  let count = 0;
  // Whether only blank text has come since the last marker left behind.
  let afterMarker = false;
  let child = cap.firstChild;
  while (child !== null) {
    if (child.nodeType !== ELEMENT_NODE) {
      if (child.nodeType === TEXT_NODE && (child.nodeValue ?? '').trim() !== '') afterMarker = false;
      child = child.nextSibling;
      continue;
    }
    const element = child as Element;
    const tag = tagOf(element);
    if (element.firstElementChild === null) {
      afterMarker = false;
      count += 1;
      child = element.nextSibling;
      continue;
    }
    if (NEVER_TEXT.has(tag)) {
      child = element.nextSibling;
      element.remove();
      continue;
    }
    // What it held now follows it; the loop visits that next. insertBefore, not after(): linkedom builds a
    // fragment for every after().
    const next = element.nextSibling;
    for (let inner = element.firstChild; inner !== null; inner = element.firstChild) cap.insertBefore(inner, next);
    child = element.nextSibling;
    if (BLOCK_TAGS.has(tag) && !afterMarker) {
      afterMarker = true;
      count += 1;
    } else {
      element.remove();
    }
  }
  return count;
}

/** Replaces every element `matches` accepts with its children. */
function unwrapAll(root: Element, matches: (element: Element) => boolean): void {
  walk(root, (element) => {
    if (!matches(element)) return true;
    unwrap(element);
    return 'replaced';
  });
}

/** Removes elements with no text anywhere inside (and not a line break, rule or image). */
function removeEmpty(root: Element): void {
  // Bottom-up through the tree's order backwards: an element is judged after its children, so a wrapper emptied
  // by their removal goes too, in the same pass.
  const elements: Element[] = [];
  walk(root, (element) => {
    elements.push(element);
    return true;
  });
  for (let i = elements.length - 1; i >= 0; i -= 1) {
    const element = elements[i] as Element;
    if (element.firstChild === null ? !MEANINGFUL_EMPTY.has(tagOf(element)) : onlyBlankText(element)) {
      if (element !== root && element.parentNode !== null && !RAW_TEXT.has(tagOf(element))) element.remove();
    }
  }
}

/** Whether the element holds nothing but blank text nodes (its children have been judged already). */
function onlyBlankText(element: Element): boolean {
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) return false;
    if (child.nodeType === TEXT_NODE && (child.nodeValue ?? '').trim() !== '') return false;
  }
  return !MEANINGFUL_EMPTY.has(tagOf(element));
}

/** Keeps the first `maxElements` elements; each one after them is unwrapped into its text, or removed when it never shows text. */
function flattenPast(root: Element, maxElements: number): void {
  let kept = 0;
  walk(root, (element) => {
    if (kept < maxElements) {
      kept += 1;
      return true;
    }
    if (NEVER_TEXT.has(tagOf(element)) || RAW_TEXT.has(tagOf(element))) {
      element.remove();
      return 'removed';
    }
    unwrap(element);
    return 'replaced';
  });
}

function unwrap(element: Element): void {
  const parent = element.parentNode as Node;
  for (let child = element.firstChild; child !== null; child = element.firstChild) parent.insertBefore(child, element);
  element.remove();
}

/**
 * Visits every element below `root` in document order, with its depth (root's children are at 2). The visitor
 * returns true to descend, false to skip the element's children, 'replaced' when it put the element's children in
 * its place (they are visited next), or 'removed' when it removed the element (its next sibling is visited next).
 */
function walk(root: Element, visit: (element: Element, depth: number) => boolean | 'replaced' | 'removed'): void {
  let depth = 2;
  let node: Node | null = root.firstChild;
  while (node !== null) {
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const previous = element.previousSibling;
      const parent = element.parentNode as Node;
      const next = element.nextSibling;
      const answer = visit(element, depth);
      if (answer === 'replaced' || answer === 'removed') {
        // The element's children (if any) now sit where it was, between `previous` and `next`.
        const first = previous === null ? parent.firstChild : previous.nextSibling;
        if (first !== null && first !== next) {
          node = first;
          continue;
        }
        node = next ?? climb(parent, root, () => (depth -= 1));
        continue;
      }
      if (answer && element.firstChild !== null) {
        node = element.firstChild;
        depth += 1;
        continue;
      }
    }
    node = node.nextSibling ?? climb(node.parentNode, root, () => (depth -= 1));
  }
}

/** The next node after `parent`'s subtree in document order, leaving no more than `root`; null at the end. */
function climb(parent: Node | null, root: Element, up: () => void): Node | null {
  let node = parent;
  while (node !== null && node !== root) {
    up();
    if (node.nextSibling !== null) return node.nextSibling;
    node = node.parentNode;
  }
  return null;
}
