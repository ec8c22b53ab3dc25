/**
 * What a feed says, in one shape whatever its format: the items a poller turns into page jobs. Only what Plaudit
 * uses is kept; the page itself is fetched and read by the pipeline, so a summary here is a hint, never the review.
 */

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedItem {
  /** Stable identity across polls: the guid/id, else the link, else a hash of title, date and summary. */
  key: string;
  /** Absolute http(s) URL of the item's page; null when missing or of another scheme. */
  link: string | null;
  title: string | null;
  author: string | null;
  /** ISO 8601 (UTC); null when missing or unreadable. */
  publishedAt: string | null;
  /** As the feed gave it (it may hold HTML). */
  summary: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  items: FeedItem[];
  /** The feed held more than maxItems items and only the first maxItems were kept. */
  truncated: boolean;
}

export type FeedErrorCode = 'not-a-feed' | 'malformed';

export class FeedError extends Error {
  readonly code: FeedErrorCode;

  constructor(code: FeedErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedError';
    this.code = code;
  }
}
