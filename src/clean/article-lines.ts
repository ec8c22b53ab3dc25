/**
 * The article's lines from a parsed page. Coordinates, in order of cost: pruning tag furniture from the body, the
 * review boxes (byline, rating, verdict), the cheap article locator (main-content.ts) with the prose beside it,
 * Mozilla Readability when the page marks no trustworthy article, and the pruned whole body when Readability
 * returns nothing or a fragment. Inside whichever was chosen, furniture named as such is pruned too. Mutates the
 * document (pruning, Readability's rewriting): read metadata before calling.
 */
import { Readability } from '@mozilla/readability';
import type { DroppedLine } from '../domain/document.ts';
import { withAdjacentProse } from './adjacent-prose.ts';
import { blockLines } from './html-blocks.ts';
import type { Line } from './lines.ts';
import { locateMarkedArticle, MarkedElements } from './main-content.ts';
import { normalizeSpace } from './normalize-text.ts';
import {
  findNamedFurniture,
  proseLength,
  pruneNamedFurniture,
  pruneTaggedFurniture,
  type PrunedElement,
} from './prune-furniture.ts';
import { findReviewBoxes } from './review-boxes.ts';

export type ArticleResult = ReturnType<Readability<Node>['parse']>;

export interface ArticleLines {
  lines: Line[];
  /** Furniture pruned from inside the article (captions, share bars, author boxes…), as dropped lines. */
  dropped: DroppedLine[];
  /** Readability's result when it was run (its byline and title fill metadata gaps). */
  readability: ArticleResult;
  /** The page's visible byline, wherever it sits. */
  byline: string | null;
  /** Which step found the article: for benchmarks and debugging. */
  method: 'marked' | 'readability' | 'body' | 'none';
}

// Readability's article must hold this share of the page's prose; with less it has returned a fragment (one
// section of a landing page, a recipe's intro without its steps), and the pruned body reads better.
const MIN_READABILITY_SHARE = 0.7;

export interface ArticleLinesOptions {
  /** Whether Readability may be run (the caller turns it off for pages too large for it). */
  readability?: boolean;
}

export function articleLines(document: Document, options: ArticleLinesOptions = {}): ArticleLines {
  const body = document.body ?? document.documentElement;
  if (body === null) return { lines: [], dropped: [], readability: null, byline: null, method: 'none' };
  const { byline, boxes } = findReviewBoxes(body);
  const marks = new MarkedElements();
  const { removed: pruned, prose: total } = pruneTaggedFurniture(body, (element) => marks.add(element));
  const marked = locateMarkedArticle(body, total, marks.groups);
  if (marked !== null) {
    const parts = marked.length === 1 ? withAdjacentProse(marked[0] as Element, body) : marked;
    return { ...readParts(parts, pruned, boxes), readability: null, byline, method: 'marked' };
  }
  // The pruned body is read now, while it is intact: Readability rewrites the tree, and reading it afterwards
  // meant parsing the page again. Walking it is far cheaper than a parse, even though most pages never need it.
  const bodyLines = prunedBodyLines(body, total);
  if (options.readability === false) return { lines: bodyLines, dropped: [], readability: null, byline, method: 'body' };
  const article = readability(document);
  const content = article?.content as Element | null | undefined;
  if (content && proseLength(content) >= total * MIN_READABILITY_SHARE) {
    return { ...readParts([content], pruned, boxes), readability: article, byline, method: 'readability' };
  }
  return { lines: bodyLines, dropped: [], readability: article, byline, method: 'body' };
}

/** The body's lines without the furniture its names give away, leaving the tree as it is. */
function prunedBodyLines(body: Element, prose: number): Line[] {
  const furniture = findNamedFurniture(body, prose).map(({ element }) => element);
  return blockLines(body, { skip: new Set(furniture) });
}

function readability(document: Document): ArticleResult {
  // keepClasses: the named-furniture pass runs on Readability's output too and needs the class names.
  return new Readability<Node>(document, { serializer: (node) => node, keepClasses: true }).parse();
}

/** Lines of the article parts (furniture named as such pruned), then any review box the parts left out. */
function readParts(
  parts: readonly Element[],
  pruned: readonly PrunedElement[],
  boxes: readonly Element[],
): Pick<ArticleLines, 'lines' | 'dropped'> {
  const named = parts.flatMap((part) => pruneNamedFurniture(part));
  const removed = [...pruned, ...named];
  const outside = boxes.filter((box) => !parts.some((part) => part.contains(box)));
  return {
    lines: [...parts, ...outside].flatMap((element) => blockLines(element)),
    dropped: parts.flatMap((part) => droppedInside(part, removed)),
  };
}

function droppedInside(container: Element, pruned: readonly PrunedElement[]): DroppedLine[] {
  const dropped: DroppedLine[] = [];
  for (const { element, reason, parent } of pruned) {
    if (parent !== container && !container.contains(parent)) continue;
    const text = normalizeSpace(element.textContent ?? '');
    if (text !== '') dropped.push({ text, reason });
  }
  return dropped;
}

