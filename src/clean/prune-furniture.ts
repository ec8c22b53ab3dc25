/**
 * Removes page furniture (boilerplate-elements.ts) from a subtree, in place. Two passes with different trust:
 * before the article is located, only what is furniture by tag, role or hidden state (and never-visible elements);
 * inside the located article, also what its class or id calls furniture. What is left is smaller, so every later
 * step is faster, and has no comment threads, share bars or related lists to mistake for prose.
 */
import type { DropReason } from '../domain/document.ts';
import { namedFurniture, tagFurniture } from './boilerplate-elements.ts';
import { tagOf, trimmedLength } from './tag-name.ts';

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

export interface TaggedPruning {
  removed: PrunedElement[];
  /** proseLength of what is left below `root`, counted during the same walks rather than by another. */
  prose: number;
}

/**
 * Removes never-visible elements and tag/role/hidden furniture below `root`; returns the furniture removed.
 * `onKept` sees every element left below `root`, in document order.
 */
export function pruneTaggedFurniture(root: Element, onKept?: (element: Element) => void): TaggedPruning {
  const visible = removeInvisible(root, false);
  const { removed, removedProse } = prune(root, tagFurniture, true, visible, onKept);
  return { removed, prose: visible - removedProse };
}

/** Removes furniture by tag or by name below `root` (an article already located); returns what it removed. */
export function pruneNamedFurniture(root: Element): PrunedElement[] {
  return prune(root, tagOrNamedFurniture, true).removed;
}

/**
 * What `pruneNamedFurniture` would remove, left in place: the whole-body fallback reads the body around it
 * (blockLines' `skip`) before Readability rewrites the tree, instead of parsing the page a second time after.
 * The same elements either way: whether one goes depends only on its own names and its own subtree's prose.
 * `prose`: proseLength(root), when the caller has it.
 */
export function findNamedFurniture(root: Element, prose?: number): PrunedElement[] {
  return prune(root, tagOrNamedFurniture, false, prose).removed;
}

function tagOrNamedFurniture(element: Element): DropReason | null {
  return tagFurniture(element) ?? namedFurniture(element);
}

/**
 * One walk judging every element; furniture goes unless it holds the wrapper's share of `total`. Also returns the
 * prose that went with it (text inside links never counted), so the caller knows what is left without a walk.
 */
function prune(
  root: Element,
  judge: Judge,
  remove: boolean,
  total = proseLength(root),
  onKept?: (element: Element) => void,
): { removed: PrunedElement[]; removedProse: number } {
  const removed: PrunedElement[] = [];
  let removedProse = 0;
  const visit = (parent: Element, inLink: boolean): void => {
    let child = parent.firstChild;
    while (child !== null) {
      const next = child.nextSibling;
      if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const reason = judge(element);
        const link = inLink || tagOf(element) === 'A';
        if (reason === null) {
          onKept?.(element);
          visit(element, link);
        } else {
          // With no prose on the page, nothing is the wrapper and nothing needs measuring.
          const prose = total > 0 ? proseLength(element) : 0;
          const share = WRAPPER_SHARE_BY_REASON[reason] ?? WRAPPER_SHARE;
          if (total > 0 && prose >= total * share) {
            onKept?.(element);
            visit(element, link);
          } else {
            removed.push({ element, reason, parent });
            if (!link) removedProse += prose;
            if (remove) element.remove();
          }
        }
      }
      child = next;
    }
  };
  visit(root, false);
  return { removed, removedProse };
}

/** Removes comments and never-visible elements; returns the proseLength of what is left. */
function removeInvisible(parent: Element, inLink: boolean): number {
  let prose = 0;
  let child = parent.firstChild;
  while (child !== null) {
    const next = child.nextSibling;
    if (child.nodeType === COMMENT_NODE) child.remove();
    else if (child.nodeType === ELEMENT_NODE) {
      const tag = tagOf(child as Element);
      // Text inside a link is not prose, but the link may still hold elements to remove.
      if (INVISIBLE_TAGS.has(tag)) child.remove();
      else prose += removeInvisible(child as Element, inLink || tag === 'A');
    } else if (child.nodeType === TEXT_NODE && !inLink) {
      prose += trimmedLength(child.nodeValue ?? '');
    }
    child = next;
  }
  return prose;
}

/** Characters of text outside links: what a reader reads rather than clicks. */
export function proseLength(root: Element): number {
  let length = 0;
  const visit = (parent: Node): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) length += trimmedLength(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE && tagOf(child as Element) !== 'A') visit(child);
    }
  };
  visit(root);
  return length;
}
