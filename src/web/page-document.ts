/**
 * A fetched page as the pipeline's RawDocument. The page's final address (after redirects) is its source key, so
 * fetching it again is a new version of the same review, never a second one. What a feed said about the item
 * (author, date, link, the feed's outlet) rides along as record hints, which extract prefers to what it would read
 * off the page (extract-review.ts); the film a user named for the URL or feed is the film hint. Pure.
 */
import type { RawDocument, RecordFields } from '../domain/document.ts';
import { documentFromBytes } from '../ingest/read-document-file.ts';
import type { PageHints } from '../jobs/job-queue.ts';

/** The source key of a web page: its URL without the fragment, which never changes what the server sends. */
export function pageSourceKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/**
 * @example
 * pageDocument({ url: 'https://reel.example/her-smell', contentType: 'text/html', body }, { author: 'Ann Hornaday' }, { maxDocumentBytes })
 */
export function pageDocument(
  page: { url: string; contentType: string; body: Uint8Array },
  hints: PageHints | undefined,
  options: { maxDocumentBytes: number },
): RawDocument {
  const type = page.contentType.split(';')[0]!.trim().toLowerCase();
  const format = type === 'text/plain' ? 'text' : type === 'text/markdown' ? 'markdown' : 'html';
  const document = documentFromBytes(page.body, { display: page.url, sourceKey: pageSourceKey(page.url), format }, {
    maxDocumentBytes: options.maxDocumentBytes,
    ...(hints?.film ? { filmHint: hints.film } : {}),
  });
  const record: RecordFields = { url: page.url };
  if (hints?.author) record.critic = hints.author;
  if (hints?.outlet) record.outlet = hints.outlet;
  if (hints?.publishedAt) record.publishedAt = hints.publishedAt;
  document.record = record;
  return document;
}
