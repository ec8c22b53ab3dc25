/**
 * Reads an RSS 2.0, Atom, RDF (RSS 1.0) or JSON Feed document into a ParsedFeed. Pure: the caller fetched the
 * text; this never touches the network, not even for the links it resolves.
 */
import { DetectError, MalformedError, parseFeed as parseAnyFeed, type AnyFeed } from 'feedsmith';
import { FeedError, type FeedItem, type ParsedFeed } from './feed-item.ts';
import { contentKey, isoDate, text, webLink } from './feed-fields.ts';
import { readFormat } from './feed-formats.ts';
import { xmlNestingProblem } from './xml-balance.ts';

/** Enough for any real critic's feed and its archive; past it, the rest is dropped and `truncated` says so. */
export const DEFAULT_MAX_FEED_ITEMS = 10_000;

export interface ParseFeedOptions {
  /** Items kept, in feed order (default 10,000). */
  maxItems?: number;
  /** Where the feed was fetched from: the base for relative links when the feed names no site of its own. */
  baseUrl?: string;
}

/**
 * @example
 * const feed = parseFeed(await response.text(), { baseUrl: response.url });
 * for (const item of feed.items) if (item.link) enqueue(item.link);
 * @throws FeedError 'not-a-feed' (an HTML page, other JSON or XML) or 'malformed' (a feed that does not parse)
 */
export function parseFeed(source: string, options: ParseFeedOptions = {}): ParsedFeed {
  const maxItems = Math.max(0, Math.trunc(options.maxItems ?? DEFAULT_MAX_FEED_ITEMS));
  const document = source.replace(/^\uFEFF/, '');
  // One more than asked for, so a feed of exactly maxItems is not called truncated.
  const raw = readFormat(parseWithFeedsmith(document, maxItems + 1));
  if (raw.format !== 'json') {
    const problem = xmlNestingProblem(document);
    if (problem !== null) throw new FeedError('malformed', `the feed is not well-formed XML: ${problem}`);
  }
  const base = webLink(raw.siteLink, options.baseUrl ?? null) ?? webLink(options.baseUrl, null);
  const items = raw.items.slice(0, maxItems).map((item): FeedItem => {
    const link = webLink(item.link, base);
    const title = text(item.title);
    const publishedAt = isoDate(item.date);
    const summary = text(item.summary);
    return {
      key: text(item.id) ?? link ?? contentKey(title, publishedAt, summary),
      link,
      title,
      author: text(item.author),
      publishedAt,
      summary,
    };
  });
  return { format: raw.format, title: text(raw.title), items, truncated: raw.items.length > maxItems };
}

function parseWithFeedsmith(document: string, maxItems: number): AnyFeed<string> {
  try {
    return parseAnyFeed(document, { maxItems });
  } catch (error) {
    throw feedError(document, error);
  }
}

function feedError(document: string, error: unknown): FeedError {
  if (error instanceof MalformedError) {
    // Our own scan names the line; the parser's message ("Unexpected end of title") is the fallback.
    const problem = xmlNestingProblem(document) ?? causeMessage(error);
    return new FeedError('malformed', `the feed is not well-formed XML: ${problem}`, { cause: error });
  }
  if (!(error instanceof DetectError)) {
    return new FeedError('malformed', `the feed could not be read: ${causeMessage(error)}`, { cause: error });
  }
  const start = document.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('{') && start.includes('jsonfeed.org')) {
    return new FeedError('malformed', `the JSON Feed is not valid JSON: ${jsonProblem(document)}`, { cause: error });
  }
  const what =
    start === ''
      ? 'an empty document'
      : /^(<!doctype html|<html)|<head[\s>]|<body[\s>]/.test(start)
        ? 'an HTML page'
        : start.startsWith('<')
          ? 'XML of another kind'
          : start.startsWith('{') || start.startsWith('[')
            ? 'JSON of another kind'
            : 'not XML or JSON';
  return new FeedError('not-a-feed', `not an RSS, Atom, RDF or JSON feed (${what})`, { cause: error });
}

function causeMessage(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}

function jsonProblem(document: string): string {
  try {
    JSON.parse(document);
    return 'it does not have the shape of a JSON Feed';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
