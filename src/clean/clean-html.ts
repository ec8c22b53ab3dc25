/**
 * HTML page -> review paragraphs and page metadata. Coordinates: parsing (linkedom), reading metadata while the
 * DOM is intact, Mozilla Readability for the main content, a whole-body fallback when Readability finds nothing,
 * and the text boilerplate rules over the resulting lines. Never throws: malformed input yields fewer paragraphs.
 */
import type { CleanDocument, DroppedLine, PageMetadata } from '../domain/document.ts';
import { articleLines, type ArticleResult } from './article-lines.ts';
import { cleanLines } from './clean-lines.ts';
import { CLEAN_VERSION } from './clean-version.ts';
import { blockLines } from './html-blocks.ts';
import type { Line } from './lines.ts';
import { normalizeSpace } from './normalize-text.ts';
import { readPageInfo, type PageInfo } from './page-metadata.ts';
import { parseDocument } from './parse-html.ts';
import { pruneNamedFurniture } from './prune-furniture.ts';
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
  const metadata = withArticleMetadata(info.metadata, article?.readability ?? null);
  return finish(lines, { ...info, metadata }, options, article?.dropped ?? []);
}

function finish(lines: Line[], info: PageInfo, options: CleanHtmlOptions, pruned: DroppedLine[] = []): CleanDocument {
  const cleaned = cleanLines(lines, { headlines: info.headlines, filmTitle: options.filmHint });
  return { ...cleaned, dropped: [...pruned, ...cleaned.dropped], meta: info.metadata, version: CLEAN_VERSION };
}

/** The whole body's visible text, from a fresh parse (Readability has rewritten the first one by now). */
function bodyLines(html: string): Line[] {
  const document = parseDocument(html);
  const root = document?.body ?? document?.documentElement;
  if (!root) return [];
  if (process.env.BODYPRUNE) { pruneNamedFurniture(root); }
  return attempt(() => blockLines(root, { skipChrome: true }), []);
}

/** Readability's own findings fill what the page's tags did not say; its byline (visible or meta) comes first. */
function withArticleMetadata(metadata: PageMetadata, article: ArticleResult): PageMetadata {
  if (article === null) return metadata;
  const result: PageMetadata = { ...metadata };
  // A visible byline reads "By Dana Whitfield"; the word "By" is layout, not the name.
  const byline = normalizeSpace(article.byline ?? '').replace(/^(?:(?:written|posted|words|reviewed)\s+)?by\s+/i, '');
  if (byline !== '') result.byline = byline;
  const fallbacks = {
    title: article.title,
    siteName: article.siteName,
    lang: article.lang,
    publishedAt: article.publishedTime,
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
