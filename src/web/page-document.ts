/**
 * A fetched page as the pipeline's RawDocument. The page's final address (after redirects) is its source key, so
 * fetching it again is a new version of the same review, never a second one. What a feed said about the item
 * (author, date, link, the feed's outlet) rides along as record hints, which extract prefers to what it would read
 * off the page (extract-review.ts); the film a user named for the URL or feed is the film hint. Pure.
 */
import type { RawDocument, RecordFields } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
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
 * fetchedPageDocument({ url: 'https://reel.example/her-smell', contentType: 'text/html', body }, { author: 'Ann Hornaday' }, { maxDocumentBytes })
 */
export function fetchedPageDocument(
  page: { url: string; contentType: string; body: Uint8Array },
  hints: PageHints | undefined,
  options: { maxDocumentBytes: number },
): RawDocument {
  const type = page.contentType.split(';')[0]!.trim().toLowerCase();
  const format = type === 'text/plain' ? 'text' : type === 'text/markdown' ? 'markdown' : 'html';
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(page.contentType)?.[1];
  const read = (encoding: string | undefined) =>
    documentFromBytes(page.body, { display: page.url, sourceKey: pageSourceKey(page.url), format, ...(encoding ? { charset: encoding } : {}) }, {
      maxDocumentBytes: options.maxDocumentBytes,
      ...(hints?.film ? { filmHint: hints.film } : {}),
    });
  let document: RawDocument;
  try {
    document = read(charset);
  } catch (error) {
    // A page that declares no charset anywhere and is not UTF-8 is read as a browser reads it: windows-1252.
    if (charset !== undefined || !(error instanceof PlauditError) || error.code !== 'invalid-encoding') throw error;
    document = read('windows-1252');
    document.warnings = [...(document.warnings ?? []), 'the page declares no character set and is not UTF-8: read as windows-1252, as browsers do'];
  }
  const record: RecordFields = { url: page.url };
  if (hints?.author) record.critic = hints.author;
  if (hints?.outlet) record.outlet = hints.outlet;
  if (hints?.publishedAt) record.publishedAt = hints.publishedAt;
  document.record = record;
  return document;
}
