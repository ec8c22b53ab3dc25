/**
 * GET /api/v1/reviews/{id}, and POST /api/v1/reviews: one review in, through the real pipeline (clean, extract,
 * judge, store), with an API token. Validation happens before anything is processed, so a refused request stores
 * nothing; the answer is the stored review, 201 when new, 200 when the same content was already there, or 202 with
 * the hold when it went onto the held list (not a film review, or which film it reviews is not clear). The posted
 * document is processed by deps.processor, off the event loop and within its time and memory limits; it is marked
 * as the token's, so it can extend only that token's own reviews (the store says when it could not: `conflict`).
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PlauditError } from '../../domain/errors.ts';
import { fileDocument } from '../../use-cases/file-document.ts';
import type { RawDocument } from '../../domain/document.ts';
import type { ListCache } from '../list-cache.ts';
import type { ServerDeps } from '../deps.ts';
import { requireScope } from '../middleware/require-scope.ts';
import type { TokenAuthEnv } from '../middleware/token-auth.ts';
import { IdParam, parseWith } from '../validate.ts';
import { bodyFormat, JsonReviewBody, NoQuery, pageDocument, PageReviewQuery, recordDocument } from './review-body.ts';
import { conflictJson, filmJson, holdJson, reviewJson } from './serialize.ts';

async function readDocument(c: Context<TokenAuthEnv>, deps: ServerDeps): Promise<RawDocument> {
  const document = await readBody(c, deps);
  document.addedBy = { apiTokenId: c.get('apiToken').id };
  return document;
}

async function readBody(c: Context<TokenAuthEnv>, deps: ServerDeps): Promise<RawDocument> {
  const format = bodyFormat(c.req.header('Content-Type'));
  const sourceName = `api:${c.get('apiToken').name}`;
  if (format === null) {
    throw new PlauditError('unsupported-media-type', 'Send the review as application/json, text/plain, text/markdown or text/html.');
  }
  if (format === 'json') {
    parseWith(NoQuery, c.req.query(), 'query');
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch (cause) {
      throw new PlauditError('malformed', 'The request body is not valid JSON.', { cause });
    }
    return recordDocument(parseWith(JsonReviewBody, body, 'review'), sourceName);
  }
  const query = parseWith(PageReviewQuery, c.req.query(), 'query');
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  return pageDocument(bytes, { format, sourceName, maxDocumentBytes: deps.maxDocumentBytes, ...query });
}

/** `requireToken` is the API tree's token check (api/index.ts), shared so failed checks count once per client. */
export function reviewRoutes(deps: ServerDeps, lists: ListCache, requireToken: MiddlewareHandler<TokenAuthEnv>): Hono<TokenAuthEnv> {
  const api = new Hono<TokenAuthEnv>();

  api.get('/reviews/:id', async (c) => {
    const { id } = parseWith(IdParam, c.req.param(), 'review id');
    const [review] = await deps.store.webReviews({ reviewId: id });
    if (review === undefined) throw new PlauditError('not-found', `There is no review with id ${id}.`);
    return c.json(reviewJson(review));
  });

  api.post(
    '/reviews',
    requireToken,
    requireScope('ingest'),
    bodyLimit({
      maxSize: deps.maxDocumentBytes,
      onError: () => {
        throw new PlauditError('too-large', `The review is over the ${deps.maxDocumentBytes}-byte limit.`);
      },
    }),
    async (c) => {
      const document = await readDocument(c, deps);
      const filed = await fileDocument({ store: deps.store, process: (d) => deps.processor.process(d) }, document);
      if (filed.kind === 'held') {
        // Accepted, not stored: a person decides (GET /api/v1/held/{id}); nothing is counted meanwhile.
        c.header('Location', `/api/v1/held/${filed.result.heldId}`);
        c.header('Cache-Control', 'no-store');
        return c.json({ status: 'held', held: holdJson(filed.result.heldId, filed.hold, filed.result) }, 202);
      }
      const saved = filed.result;
      const [review] = await deps.store.webReviews({ reviewId: saved.reviewId });
      const film = await lists.film(saved.filmId);
      if (review === undefined || film === null) throw new PlauditError('internal', 'The saved review cannot be read back.');
      c.header('Location', `/api/v1/reviews/${review.id}`);
      c.header('Cache-Control', 'no-store');
      const body = {
        status: saved.status,
        review: reviewJson(review),
        film: filmJson(film, deps.minReviews),
        ...(saved.conflict ? { conflict: conflictJson(saved.conflict) } : {}),
        ...(document.warnings ? { warnings: document.warnings } : {}),
      };
      return c.json(body, saved.status === 'unchanged' ? 200 : 201);
    },
  );

  return api;
}
