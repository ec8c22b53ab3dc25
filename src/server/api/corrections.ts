/**
 * Review corrections, the audit log and undo over the API, for editors' tools: POST /api/v1/reviews/{id}/set,
 * /move, /remove, /restore; GET /api/v1/log; POST /api/v1/undo/{entry}. All need an API token (the token's name is
 * the audit log's actor), applied in one place below so a scope check is one line. The use cases are the CLI's.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { listAuditLog } from '../../use-cases/audit-log.ts';
import { removeReview, restoreReview, setReview } from '../../use-cases/corrections/correct-review.ts';
import type { CorrectionResult } from '../../use-cases/corrections/correction-store.ts';
import { moveReview } from '../../use-cases/corrections/move-review.ts';
import { undoEntry } from '../../use-cases/undo.ts';
import type { ServerDeps } from '../deps.ts';
import type { TokenAuthEnv } from '../middleware/token-auth.ts';
import { API_PREFIX } from '../paths.ts';
import { IdParam, parseWith } from '../validate.ts';
import { reviewJson } from './serialize.ts';
import { requireScope } from '../middleware/require-scope.ts';
import { jsonBody, tokenAuthor } from './request-json.ts';

const note = z.string().max(2000).optional();
// The score's range is the use case's to check, so the API and the CLI refuse 150 with the same words.
export const SetBody = z.object({ verdict: z.enum(['positive', 'negative']).optional(), score: z.number().optional(), note }).strict();
export const MoveBody = z.object({ film: z.union([z.string().trim().min(1).max(300), z.number().int().positive()]), note }).strict();
export const RemoveBody = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();
export const RestoreBody = z.object({ note }).strict();
export const LogQuery = z.object({ film: z.string().max(300).optional(), limit: z.coerce.number().int().min(1).max(500).default(50) });
const EntryParam = z.object({ entry: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** Every path served here; the token check (and, later, its scope) is applied to all of them at once. */
export const CORRECTION_PATHS = ['/reviews/:id/set', '/reviews/:id/move', '/reviews/:id/remove', '/reviews/:id/restore', '/log', '/undo/:entry'];

export function correctionRoutes(deps: ServerDeps, requireToken: MiddlewareHandler<TokenAuthEnv>): Hono<TokenAuthEnv> {
  const api = new Hono<TokenAuthEnv>();
  for (const path of CORRECTION_PATHS) api.use(path, requireToken, requireScope('edit'));
  const wording = { open: (film: string) => `${API_PREFIX}/films/${encodeURIComponent(film)}` };
  const id = (c: Context) => parseWith(IdParam, { id: c.req.param('id') }, 'review id').id;
  const answer = async (c: Context, result: CorrectionResult) => {
    const [review] = await deps.store.webReviews({ reviewId: result.review.id });
    c.header('Cache-Control', 'no-store');
    return c.json({ auditId: result.auditId, changed: result.changed, review: review === undefined ? null : reviewJson(review) });
  };

  api.post('/reviews/:id/set', async (c) => {
    const { verdict, score, note: why } = parseWith(SetBody, await jsonBody(c), 'correction');
    const request = { id: id(c), author: tokenAuthor(c, why), ...(verdict === undefined ? {} : { verdict }), ...(score === undefined ? {} : { score }) };
    return answer(c, await setReview(deps.store, { ...request, ...(why === undefined ? {} : { note: why }) }));
  });
  api.post('/reviews/:id/move', async (c) => {
    const body = parseWith(MoveBody, await jsonBody(c), 'move');
    return answer(c, await moveReview(deps.store, { id: id(c), film: String(body.film), author: tokenAuthor(c, body.note), wording }));
  });
  api.post('/reviews/:id/remove', async (c) => {
    const body = parseWith(RemoveBody, await jsonBody(c), 'removal');
    return answer(c, await removeReview(deps.store, { id: id(c), reason: body.reason, author: tokenAuthor(c, body.reason) }));
  });
  api.post('/reviews/:id/restore', async (c) => {
    const body = parseWith(RestoreBody, await jsonBody(c), 'restore');
    return answer(c, await restoreReview(deps.store, { id: id(c), author: tokenAuthor(c, body.note) }));
  });
  api.get('/log', async (c) => {
    const query = parseWith(LogQuery, c.req.query(), 'query');
    const entries = await listAuditLog(deps.store, { limit: query.limit, wording, ...(query.film === undefined ? {} : { film: query.film }) });
    c.header('Cache-Control', 'no-store');
    return c.json({ items: entries });
  });
  api.post('/undo/:entry', async (c) => {
    const { entry } = parseWith(EntryParam, { entry: c.req.param('entry') }, 'entry');
    const body = parseWith(RestoreBody, await jsonBody(c), 'undo');
    const { undoId, undone } = await undoEntry(deps.store, entry, tokenAuthor(c, body.note));
    c.header('Cache-Control', 'no-store');
    return c.json({ auditId: undoId, undone });
  });
  return api;
}


