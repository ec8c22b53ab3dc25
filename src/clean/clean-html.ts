/**
 * HTML page -> review paragraphs and page metadata. Coordinates: parsing (linkedom), reading metadata while the
 * DOM is intact, the article's lines (article-lines.ts: the page's own article markup, else Readability, else the
 * pruned body), and the boilerplate rules over those lines. Never throws: malformed input yields fewer paragraphs.
 */
import type { CleanDocument, DroppedLine, PageMetadata } from '../domain/document.ts';
import { articleLines, type ArticleLines } from './article-lines.ts';
import { boundTree, type BoundedTree } from './bound-tree.ts';
import { cleanLines } from './clean-lines.ts';
import { CLEAN_VERSION } from './clean-version.ts';
import { blockLines } from './html-blocks.ts';
import type { Line } from './lines.ts';
import { normalizeSpace } from './normalize-text.ts';
import { readPageInfo, type PageInfo } from './page-metadata.ts';
import { parseDocument } from './parse-html.ts';
import { splitLines } from './split-lines.ts';
import { stripTags } from './strip-tags.ts';

/**
 * Readability's time on a page, estimated from the page's shape: it visits every element's subtree (about a
 * microsecond per node per level above it) and reads, for every element, the text of each element inside it
 * (about 2 ns per character per pair of levels above it), so a deep page costs far more than its size. A page
 * estimated past this is read as its pruned body instead. The most any of the 1,120 real pages of the extraction
 * corpus is estimated at is 460 ms (a 1 MB Wikipedia article).
 */
const READABILITY_BUDGET_MS = 2_000;

function readabilityEstimateMs(tree: BoundedTree): number {
  return tree.depthSum * 0.001 + tree.textPairSum * 0.000_002;
}

export interface CleanHtmlOptions {
  /** A film title forced by the user: a line repeating it is a caption, not review text. */
  filmHint?: string;
}

/**
 * @example
 * const clean = cleanHtml('<html><head><title>Her Smell review</title></head><body><article><p>…</p></article></body></html>');
 * clean.meta.title; // 'Her Smell review'
 */
export function cleanHtml(html: string, options: CleanHtmlOptions = {}): CleanDocument {
  const page = parsePage(html);
  if (page === null) return finish(splitLines(stripTags(html)), { metadata: {}, headlines: [] }, options);
  const { document, tree } = page;
  // Metadata and JSON-LD first: Readability removes scripts and rewrites the tree.
  const info = attempt(() => readPageInfo(document), { metadata: {}, headlines: [] });
  const readability = tree !== null && readabilityEstimateMs(tree) <= READABILITY_BUDGET_MS;
  const article = attempt(() => articleLines(document, { readability }), null);
  let lines = article?.lines ?? [];
  if (lines.length === 0) lines = bodyLines(html);
  const metadata = withArticleMetadata(info.metadata, article);
  return finish(lines, { ...info, metadata }, options, article?.dropped ?? []);
}

function finish(lines: Line[], info: PageInfo, options: CleanHtmlOptions, pruned: DroppedLine[] = []): CleanDocument {
  const cleaned = cleanLines(lines, { headlines: info.headlines, filmTitle: options.filmHint });
  return { ...cleaned, dropped: [...pruned, ...cleaned.dropped], meta: info.metadata, version: CLEAN_VERSION };
}

/** The page's tree, bounded in depth and size (bound-tree.ts) before any walk reads it. */
function parsePage(html: string): { document: Document; tree: BoundedTree | null } | null {
  const document = parseDocument(html);
  return document === null ? null : { document, tree: attempt(() => boundTree(document), null) };
}

/**
 * The whole body's visible text, unpruned, from a fresh parse: the last resort for a page whose text is all in
 * what the article steps take for furniture (a page that is one <aside>).
 */
function bodyLines(html: string): Line[] {
  const document = parsePage(html)?.document;
  const root = document?.body ?? document?.documentElement;
  return root ? attempt(() => blockLines(root, { skipChrome: true }), []) : [];
}

/**
 * The page's visible byline comes first (as Readability ranks it), then Readability's own (JSON-LD or meta), then
 * the meta tags already read. Readability's other findings fill what the page's tags did not say.
 */
function withArticleMetadata(metadata: PageMetadata, article: ArticleLines | null): PageMetadata {
  const result: PageMetadata = { ...metadata };
  const readability = article?.readability ?? null;
  // A visible byline reads "By Dana Whitfield"; the word "By" is layout, not the name.
  const byline = normalizeSpace(article?.byline ?? readability?.byline ?? '').replace(/^(?:(?:written|posted|words|reviewed)\s+)?by\s+/i, '');
  if (byline !== '') result.byline = byline;
  if (readability === null) return result;
  const fallbacks = {
    title: readability.title,
    siteName: readability.siteName,
    lang: readability.lang,
    publishedAt: readability.publishedTime,
  } as const;
  for (const [field, value] of Object.entries(fallbacks) as [keyof typeof fallbacks, string | null | undefined][]) {
    const text = normalizeSpace(value ?? '');
    if (result[field] === undefined && text !== '') result[field] = text;
  }
  return result;
}

/** Third-party parsers may throw on hostile input; a page that breaks one step still goes through the rest. */
function attempt<T>(step: () => T, fallback: T): T {
  try {
    return step();
  } catch {
    return fallback;
  }
}
