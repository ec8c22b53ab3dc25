/**
 * The held list over the API, for editors' tools: GET /api/v1/held, GET /api/v1/held/{id} (with the document),
 * POST /api/v1/held/{id}/release (optionally naming the film) and POST /api/v1/held/{id}/dismiss. Every route needs
 * an API token: a held document is not public data, and may be anything anyone sent.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { HeldDocument, HeldStatus } from '../../domain/held.ts';
import { dismissHeld, heldDocumentById, releaseHeld, type ChosenFilm } from '../../use-cases/held-documents.ts';
import type { ServerDeps } from '../deps.ts';
import { requireScope } from '../middleware/require-scope.ts';
import type { TokenAuthEnv } from '../middleware/token-auth.ts';
import { IdParam, PageQuery, pageInfo, parseWith } from '../validate.ts';
import { jsonBody } from './request-json.ts';
import { holdJson } from './serialize.ts';

const HeldQuery = PageQuery.extend({ status: z.enum(['held', 'released', 'dismissed', 'all']).default('held') }).strict();

/** The film for a release: a stored film's id, or the title of a film to add ("Title (Year)"); neither lets the evidence decide. */
const ReleaseBody = z
  .object({ filmId: z.number().int().positive().optional(), title: z.string().trim().min(1).max(300).optional() })
  .strict()
  .refine((body) => body.filmId === undefined || body.title === undefined, { message: 'give filmId or title, not both' });

export function heldRoutes(deps: ServerDeps, requireToken: MiddlewareHandler<TokenAuthEnv>): Hono<TokenAuthEnv> {
  const api = new Hono<TokenAuthEnv>();
  // Held documents are editors' business: a token made only to ingest may not read or resolve them.
  api.use('/held', requireToken, requireScope('edit'));
  api.use('/held/*', requireToken, requireScope('edit'));

  api.get('/held', async (c) => {
    const query = parseWith(HeldQuery, c.req.query(), 'query');
    // One page read from the store, with its count: a held document carries its whole content.
    const statuses: HeldStatus[] = query.status === 'all' ? ['held', 'released', 'dismissed'] : [query.status];
    const total = (await Promise.all(statuses.map((status) => deps.store.heldCount(status)))).reduce((sum, n) => sum + n, 0);
    const items = await deps.store.heldDocuments({ ...(query.status === 'all' ? {} : { status: query.status }), limit: query.limit, offset: query.offset });
    c.header('Cache-Control', 'no-store');
    return c.json({ items: items.map(heldJson), page: pageInfo(total, query, c.req.url) });
  });

  api.get('/held/:id', async (c) => {
    const { id } = parseWith(IdParam, c.req.param(), 'held document id');
    const held = await heldDocumentById(deps.store, id);
    c.header('Cache-Control', 'no-store');
    return c.json({ ...heldJson(held), document: held.document });
  });

  api.post('/held/:id/release', async (c) => {
    const { id } = parseWith(IdParam, c.req.param(), 'held document id');
    const body = parseWith(ReleaseBody, await jsonBody(c), 'release');
    const film: ChosenFilm | undefined = body.filmId !== undefined ? { filmId: body.filmId } : body.title !== undefined ? { title: body.title } : undefined;
    const saved = await releaseHeld({ store: deps.store, process: (document) => deps.processor.process(document) }, id, film);
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'released', reviewId: saved.reviewId, filmId: saved.filmId, links: { review: `/api/v1/reviews/${saved.reviewId}` } });
  });

  api.post('/held/:id/dismiss', async (c) => {
    const { id } = parseWith(IdParam, c.req.param(), 'held document id');
    await dismissHeld(deps.store, id);
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'dismissed', id });
  });

  return api;
}

function heldJson(held: HeldDocument) {
  return {
    ...holdJson(held.id, held.hold),
    status: held.status,
    source: held.document.sourceName,
    format: held.document.format,
    heldAt: held.heldAt,
    resolvedAt: held.resolvedAt,
    reviewId: held.reviewId,
  };
}
