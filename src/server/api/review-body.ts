/**
 * What POST /api/v1/reviews accepts, and how each form becomes a RawDocument for the real pipeline: a JSON review
 * (validated field by field; unknown fields refused), or a page as text, Markdown or HTML with the film and
 * source named in the query string.
 */
import { z } from 'zod';
import type { RawDocument, RecordFields } from '../../domain/document.ts';
import { PlauditError } from '../../domain/errors.ts';
import { parseLabel } from '../../ingest/column-mapping.ts';
import { contentHash } from '../../ingest/content-hash.ts';
import { recordHash, safeFields } from '../../ingest/row-document.ts';
import { documentFromBytes } from '../../ingest/read-document-file.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const name = z.string().trim().min(1).max(200);
const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2000);

export const JsonReviewBody = z
  .object({
    text: z.string().trim().min(1, 'the review text is required').max(200_000),
    film: z.string().trim().min(1).max(300).optional(),
    filmKey: z.string().trim().min(1).max(100).optional(),
    year: z.number().int().min(1870).max(2200).optional(),
    critic: name.optional(),
    outlet: name.optional(),
    date: isoDate.optional(),
    rating: z.string().trim().min(1).max(40).optional(),
    label: z.enum(['positive', 'negative', 'fresh', 'rotten']).optional(),
    topCritic: z.boolean().optional(),
    url: httpUrl.optional(),
  })
  .strict()
  .refine((body) => body.film !== undefined || body.filmKey !== undefined, {
    message: 'name the film: "film" (a title) or "filmKey"',
    path: ['film'],
  });

export type JsonReview = z.infer<typeof JsonReviewBody>;

/** Query string for a text, Markdown or HTML body. */
export const PageReviewQuery = z
  .object({
    film: z.string().trim().min(1).max(300).optional(),
    url: httpUrl.optional(),
  })
  .strict();

/** A JSON body names everything in the body; a query string would be ignored, so it is refused. */
export const NoQuery = z.object({}).strict();

export function recordDocument(body: JsonReview, sourceName: string): RawDocument {
  const given: RecordFields = { text: body.text };
  if (body.film !== undefined) given.filmTitle = body.film;
  if (body.filmKey !== undefined) given.filmKey = body.filmKey;
  if (body.year !== undefined) given.filmYear = body.year;
  if (body.critic !== undefined) given.critic = body.critic;
  if (body.outlet !== undefined) given.outlet = body.outlet;
  if (body.date !== undefined) given.publishedAt = body.date;
  if (body.rating !== undefined) given.rating = body.rating;
  const label = parseLabel(body.label);
  if (label !== undefined) given.label = label;
  if (body.topCritic !== undefined) given.topCritic = body.topCritic;
  if (body.url !== undefined) given.url = body.url;
  // Made safe as an export row is (control characters and lone surrogates replaced), and hashed the same way, so
  // posting the same review twice is recognised as the same content.
  const { fields, warnings } = safeFields(given);
  const hash = recordHash(fields);
  const document: RawDocument = {
    sourceName,
    sourceKey: fields.url ?? `api:${hash}`,
    format: 'record',
    content: fields.text ?? '',
    contentHash: hash,
    byteLength: Buffer.byteLength(JSON.stringify(fields)),
    record: fields,
  };
  if (warnings.length > 0) document.warnings = warnings;
  return document;
}

export type PageFormat = 'text' | 'markdown' | 'html';

export function pageDocument(
  bytes: Uint8Array,
  options: { format: PageFormat; film?: string; url?: string; sourceName: string; maxDocumentBytes: number },
): RawDocument {
  if (bytes.byteLength === 0) throw new PlauditError('empty', 'The request body is empty: send the review.');
  const key = options.url ?? `api:${contentHash(Buffer.from(bytes).toString('latin1'))}`;
  return documentFromBytes(
    bytes,
    { display: options.sourceName, sourceKey: key, format: options.format },
    { maxDocumentBytes: options.maxDocumentBytes, ...(options.film ? { filmHint: options.film } : {}) },
  );
}

/** The body format from a Content-Type header, or null for one the endpoint does not take. */
export function bodyFormat(contentType: string | undefined): PageFormat | 'json' | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown') return 'markdown';
  if (type === 'text/plain') return 'text';
  return null;
}
