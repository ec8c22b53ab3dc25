/**
 * The article's lines from a parsed page. Coordinates: pruning furniture from the body, the cheap article locator
 * (main-content.ts), and Mozilla Readability as the fallback when the page marks no trustworthy article. Mutates
 * the document (pruning, and Readability's own rewriting): read metadata before calling.
 */
import { Readability } from '@mozilla/readability';
import type { DroppedLine } from '../domain/document.ts';
import { withAdjacentProse } from './adjacent-prose.ts';
import { blockLines } from './html-blocks.ts';
import type { Line } from './lines.ts';
import { markedElements } from './main-content.ts';
import { normalizeSpace } from './normalize-text.ts';
import { proseLength, pruneNamedFurniture, pruneTaggedFurniture, type PrunedElement } from './prune-furniture.ts';

export type ArticleResult = ReturnType<Readability<Node>['parse']>;

export interface ArticleLines {
  lines: Line[];
  /** Furniture pruned from inside the article (captions, share bars, bylines…), as dropped lines. */
  dropped: DroppedLine[];
  /** Readability's result when it was run (its byline and title fill metadata gaps). */
  readability: ArticleResult;
  /** Which step found the article, for benchmarks and debugging. */
  method: 'marked' | 'readability' | 'none';
}

// A marked element must hold at least this much prose (characters outside links) to be trusted...
const MIN_MARKED_PROSE = Number(process.env.MINP ?? 400);
// ...and this share of all the prose left on the page after pruning.
const MIN_MARKED_SHARE = Number(process.env.SHARE ?? 0.5);

export function articleLines(document: Document): ArticleLines {
  const body = document.body ?? document.documentElement;
  if (body === null) return { lines: [], dropped: [], readability: null, method: 'none' };
  const pruned = process.env.NOPRUNE ? [] : pruneTaggedFurniture(body);
  const marked = process.env.NOMARK ? null : trustedMarkedElement(body);
  if (marked !== null) {
    const parts = process.env.NOADJ ? [marked] : withAdjacentProse(marked, body);
    const named = parts.flatMap((part) => pruneNamedFurniture(part));
    const lines = parts.flatMap((part) => blockLines(part));
    const dropped = parts.flatMap((part) => droppedInside(part, [...pruned, ...named]));
    return { lines, dropped, readability: null, method: 'marked' };
  }
  const total = process.env.RATIO ? proseLength(body) : 0;
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const content = article?.content as Element | null | undefined;
  if (process.env.RATIO && (!content || proseLength(content) < total * Number(process.env.RATIO))) {
    const fresh = document.body ?? body;
    return { lines: [], dropped: [], readability: article, method: 'none' };
  }
  if (!content) return { lines: [], dropped: [], readability: article, method: 'none' };
  const named = process.env.NONAMEDR ? [] : pruneNamedFurniture(content);
  return { lines: blockLines(content), dropped: droppedInside(content, [...pruned, ...named]), readability: article, method: 'readability' };
}

/** The most specifically marked element holding most of the page's prose, or null. */
function trustedMarkedElement(body: Element): Element | null {
  const total = proseLength(body);
  const groups = markedElements(body);
  for (let mark = 3; mark >= 1; mark -= 1) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const element of groups[mark] ?? []) {
      const length = proseLength(element);
      if (length > bestLength) {
        best = element;
        bestLength = length;
      }
    }
    if (best !== null && bestLength >= MIN_MARKED_PROSE && bestLength >= total * MIN_MARKED_SHARE) return best;
  }
  return null;
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
