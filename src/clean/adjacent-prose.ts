/**
 * Text a page keeps beside its marked article body: the standfirst in the article header, a review's verdict box
 * after the body, sections a CMS stores as separate content elements. Starting from the located element, the
 * siblings at each of a few levels up are added when they read as prose (enough text, few links, not named as
 * furniture); related lists and share bars fail that test, which is what keeps them out.
 */
import { namedFurniture } from './boilerplate-elements.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const MAX_LEVELS = Number(process.env.LEVELS ?? 1);
const MIN_SIBLING_CHARS = 80;
const MAX_SIBLING_LINK_SHARE = 0.3;

/** `element` and the prose around it, in document order. Climbs no higher than below `ceiling`. */
export function withAdjacentProse(element: Element, ceiling: Element): Element[] {
  let before: Element[] = [];
  let after: Element[] = [];
  let current = element;
  for (let level = 0; level < MAX_LEVELS; level += 1) {
    const parent = current.parentElement;
    if (parent === null || parent === ceiling || !ceiling.contains(parent)) break;
    const levelBefore: Element[] = [];
    for (let sibling = current.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling) {
      const verdict = judgeSibling(sibling);
      if (verdict === 'prose') levelBefore.unshift(sibling);
      else if (verdict === 'other' && true) break;
    }
    const levelAfter: Element[] = [];
    for (let sibling = current.nextElementSibling; sibling !== null; sibling = sibling.nextElementSibling) {
      const verdict = judgeSibling(sibling);
      if (verdict === 'prose') levelAfter.push(sibling);
      else if (verdict === 'other' && true) break;
    }
    before = [...levelBefore, ...before];
    after = [...after, ...levelAfter];
    current = parent;
  }
  return [...before, element, ...after];
}

/** 'empty' siblings (spacers, emptied wrappers) neither join nor end a run of prose. */
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
        const length = (child.nodeValue ?? '').trim().length;
        chars += length;
        if (inLink) linkChars += length;
      } else if (child.nodeType === ELEMENT_NODE) {
        visit(child, inLink || (child as Element).tagName === 'A');
      }
    }
  };
  visit(root, false);
  return { chars, linkChars };
}
