/**
 * Text a page keeps beside its marked article body: the standfirst above the body, a review's verdict box after
 * it. The siblings of the located element are added when they read as prose (enough text, few links, not named as
 * furniture), in a run that the first sibling of another kind ends; related lists and share bars fail the test,
 * which is what keeps them and everything past them out. One level only: higher up, the siblings are the page's
 * own columns.
 */
import { namedFurniture } from './boilerplate-elements.ts';
import { tagOf, trimmedLength } from './tag-name.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const MIN_SIBLING_CHARS = 80;
const MAX_SIBLING_LINK_SHARE = 0.3;

/** `element` and the prose beside it, in document order; nothing is added beside a direct child of `ceiling`. */
export function withAdjacentProse(element: Element, ceiling: Element): Element[] {
  const parent = element.parentElement;
  if (parent === null || parent === ceiling || !ceiling.contains(parent)) return [element];
  const before: Element[] = [];
  for (let sibling = element.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling) {
    const verdict = judgeSibling(sibling);
    if (verdict === 'other') break;
    if (verdict === 'prose') before.unshift(sibling);
  }
  const after: Element[] = [];
  for (let sibling = element.nextElementSibling; sibling !== null; sibling = sibling.nextElementSibling) {
    const verdict = judgeSibling(sibling);
    if (verdict === 'other') break;
    if (verdict === 'prose') after.push(sibling);
  }
  return [...before, element, ...after];
}

/** 'empty' siblings (spacers, wrappers emptied by pruning) neither join nor end a run of prose. */
function judgeSibling(element: Element): 'prose' | 'empty' | 'other' {
  const { chars, linkChars } = textStats(element);
  if (chars === 0) return 'empty';
  if (namedFurniture(element) !== null) return 'other';
  return chars >= MIN_SIBLING_CHARS && linkChars <= chars * MAX_SIBLING_LINK_SHARE ? 'prose' : 'other';
}

function textStats(root: Element): { chars: number; linkChars: number } {
  let chars = 0;
  let linkChars = 0;
  const visit = (parent: Node, inLink: boolean): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const length = trimmedLength(child.nodeValue ?? '');
        chars += length;
        if (inLink) linkChars += length;
      } else if (child.nodeType === ELEMENT_NODE) {
        visit(child, inLink || tagOf(child as Element) === 'A');
      }
    }
  };
  visit(root, false);
  return { chars, linkChars };
}
