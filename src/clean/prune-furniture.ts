/**
 * Removes page furniture (boilerplate-elements.ts) from a subtree, in place. Two passes with different trust:
 * before the article is located, only what is furniture by tag, role or hidden state (and never-visible elements);
 * inside the located article, also what its class or id calls furniture. What is left is smaller, so every later
 * step is faster, and has no comment threads, share bars or related lists to mistake for prose.
 */
import type { DropReason } from '../domain/document.ts';
import { namedFurniture, tagFurniture } from './boilerplate-elements.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const INVISIBLE_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'LINK', 'META', 'INPUT',
]);
// An element holding this share of the subtree's prose is the page's own wrapper, whatever it says it is
// (WordPress's "author-jane" on the article, a theme that puts the article in an <aside>). Comment threads and
// related-article lists can outgrow a short article, so they need a larger share.
const WRAPPER_SHARE = 0.4;
const WRAPPER_SHARE_BY_REASON: Partial<Record<DropReason, number>> = { comments: Infinity, advert: 0.6 };

export interface PrunedElement {
  element: Element;
  reason: DropReason;
  /** Where it was, to tell furniture inside the article from the page's. */
  parent: Element;
}

type Judge = (element: Element) => DropReason | null;

/** Removes never-visible elements and tag/role/hidden furniture below `root`; returns the furniture removed. */
export function pruneTaggedFurniture(root: Element): PrunedElement[] {
  removeInvisible(root);
  return prune(root, tagFurniture);
}

/** Removes furniture by tag or by name below `root` (an article already located); returns what it removed. */
export function pruneNamedFurniture(root: Element): PrunedElement[] {
  return prune(root, (element) => tagFurniture(element) ?? namedFurniture(element));
}

function prune(root: Element, judge: Judge): PrunedElement[] {
  const removed: PrunedElement[] = [];
  const total = proseLength(root);
  const visit = (parent: Element): void => {
    let child = parent.firstChild;
    while (child !== null) {
      const next = child.nextSibling;
      if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const reason = judge(element);
        const share = reason === null ? 0 : (WRAPPER_SHARE_BY_REASON[reason] ?? WRAPPER_SHARE);
        if (reason !== null && !(total > 0 && proseLength(element) >= total * share)) {
          removed.push({ element, reason, parent });
          element.remove();
        } else {
          visit(element);
        }
      }
      child = next;
    }
  };
  visit(root);
  return removed;
}

function removeInvisible(parent: Element): void {
  let child = parent.firstChild;
  while (child !== null) {
    const next = child.nextSibling;
    if (child.nodeType === COMMENT_NODE) child.remove();
    else if (child.nodeType === ELEMENT_NODE) {
      if (INVISIBLE_TAGS.has((child as Element).tagName)) child.remove();
      else removeInvisible(child as Element);
    }
    child = next;
  }
}

/** Characters of text outside links: what a reader reads rather than clicks. */
export function proseLength(root: Element): number {
  let length = 0;
  const visit = (parent: Node): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) length += (child.nodeValue ?? '').trim().length;
      else if (child.nodeType === ELEMENT_NODE && (child as Element).tagName !== 'A') visit(child);
    }
  };
  visit(root);
  return length;
}
