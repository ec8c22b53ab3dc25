/**
 * HTML page -> review paragraphs and page metadata. Coordinates: parsing (linkedom), reading metadata while the
 * DOM is intact, the article's lines (article-lines.ts: the page's own article markup, else Readability, else the
 * pruned body), and the boilerplate rules over those lines. Never throws: malformed input yields fewer paragraphs.
 */
import type { CleanDocument, DroppedLine, PageMetadata } from '../domain/document.ts';
import { articleLines, type ArticleLines } from './article-lines.ts';
import { cleanLines } from './clean-lines.ts';
import { CLEAN_VERSION } from './clean-version.ts';
import { blockLines } from './html-blocks.ts';
import type { Line } from './lines.ts';
import { normalizeSpace } from './normalize-text.ts';
import { readPageInfo, type PageInfo } from './page-metadata.ts';
import { parseDocument } from './parse-html.ts';
import { splitLines } from './split-lines.ts';

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
  const document = parseDocument(html);
  if (document === null) return finish(splitLines(stripTags(html)), { metadata: {}, headlines: [] }, options);
  // Metadata and JSON-LD first: Readability removes scripts and rewrites the tree.
  const info = attempt(() => readPageInfo(document), { metadata: {}, headlines: [] });
  const article = attempt(() => articleLines(document), null);
  let lines = article?.lines ?? [];
  if (lines.length === 0) lines = bodyLines(html);
  const metadata = withArticleMetadata(info.metadata, article);
  return finish(lines, { ...info, metadata }, options, article?.dropped ?? []);
}

function finish(lines: Line[], info: PageInfo, options: CleanHtmlOptions, pruned: DroppedLine[] = []): CleanDocument {
  const cleaned = cleanLines(lines, { headlines: info.headlines, filmTitle: options.filmHint });
  return { ...cleaned, dropped: [...pruned, ...cleaned.dropped], meta: info.metadata, version: CLEAN_VERSION };
}

/**
 * The whole body's visible text, unpruned, from a fresh parse: the last resort for a page whose text is all in
 * what the article steps take for furniture (a page that is one <aside>).
 */
function bodyLines(html: string): Line[] {
  const document = parseDocument(html);
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

/** Last resort when no DOM could be built at all: tags out, block tags as line breaks. */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ');
}

/** Third-party parsers may throw on hostile input; a page that breaks one step still goes through the rest. */
function attempt<T>(step: () => T, fallback: T): T {
  try {
    return step();
  } catch {
    return fallback;
  }
}
