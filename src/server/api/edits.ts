/**
 * Editorial changes over the API, for editors' tools: POST /api/v1/films/{id}/merge, /films/{id}/edit,
 * /critics/{id}/top and /outlets/{id}/block. Each needs an API token, whose name is the audit log's actor; the
 * use cases are the CLI's (use-cases/film-edits.ts, name-marks.ts), so both faces change the same way.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { editFilm, mergeFilms } from '../../use-cases/film-edits.ts';
import { blockOutlet, markTopCritic } from '../../use-cases/name-marks.ts';
import type { ServerDeps } from '../deps.ts';
import type { TokenAuthEnv } from '../middleware/token-auth.ts';
import { API_PREFIX } from '../paths.ts';
import { parseWith } from '../validate.ts';
import { requireScope } from '../middleware/require-scope.ts';
import { jsonBody, tokenAuthor } from './request-json.ts';

const note = z.string().max(2000).optional();
export const MergeBody = z.object({ into: z.union([z.string().trim().min(1).max(300), z.number().int().positive()]), note }).strict();
export const EditBody = z
  .object({
    title: z.string().max(300).optional(),
    year: z.union([z.number().int(), z.string().max(10)]).optional(),
    imdb: z.string().max(20).optional(),
    tmdb: z.union([z.number().int(), z.string().max(20)]).optional(),
    originalTitle: z.string().max(300).optional(),
    addAliases: z.array(z.string().max(300)).max(50).optional(),
    note,
  })
  .strict();
export const TopBody = z.object({ top: z.boolean().default(true), note }).strict();
export const BlockBody = z.object({ block: z.boolean().default(true), reason: z.string().max(2000).optional() }).strict();

export function editRoutes(deps: ServerDeps, requireToken: MiddlewareHandler<TokenAuthEnv>): Hono<TokenAuthEnv> {
  const api = new Hono<TokenAuthEnv>();
  for (const path of ['/films/:id/merge', '/films/:id/edit', '/critics/:id/top', '/outlets/:id/block']) api.use(path, requireToken, requireScope('edit'));
  const wording = { open: (film: string) => `${API_PREFIX}/films/${encodeURIComponent(film)}` };

  api.post('/films/:id/merge', async (c) => {
    const body = parseWith(MergeBody, await jsonBody(c), 'merge');
    const result = await mergeFilms(deps.store, { from: c.req.param('id'), into: String(body.into), author: tokenAuthor(c, body.note), wording });
    return done(c, result);
  });

  api.post('/films/:id/edit', async (c) => {
    const { note: why, ...input } = parseWith(EditBody, await jsonBody(c), 'edit');
    const result = await editFilm(deps.store, { film: c.req.param('id'), input, author: tokenAuthor(c, why), currentYear: new Date().getUTCFullYear(), wording });
    return done(c, result);
  });

  api.post('/critics/:id/top', async (c) => {
    const body = parseWith(TopBody, await jsonBody(c), 'top critic');
    return done(c, await markTopCritic(deps.store, { critic: c.req.param('id'), top: body.top, author: tokenAuthor(c, body.note) }));
  });

  api.post('/outlets/:id/block', async (c) => {
    const body = parseWith(BlockBody, await jsonBody(c), 'block');
    return done(c, await blockOutlet(deps.store, { outlet: c.req.param('id'), block: body.block, author: tokenAuthor(c, body.reason) }));
  });

  return api;
}


function done(c: Context, result: object): Response {
  c.header('Cache-Control', 'no-store');
  return c.json(result);
}

