/**
 * Pages by URL over the API: POST /api/v1/urls queues them for fetching (a token with the ingest scope), GET
 * /api/v1/jobs/{id} says where one stands. The fetching happens in the worker (`plaudit watch`, `serve --watch`),
 * never inside the request: a slow or hostile site must not hold a connection of ours open.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { PlauditError } from '../../domain/errors.ts';
import type { Job } from '../../jobs/job-queue.ts';
import { addPages } from '../../use-cases/web-sources.ts';
import type { ServerDeps } from '../deps.ts';
import { requireScope } from '../middleware/require-scope.ts';
import type { TokenAuthEnv } from '../middleware/token-auth.ts';
import { API_PREFIX } from '../paths.ts';
import { IdParam, parseWith } from '../validate.ts';
import { jsonBody } from './request-json.ts';

export const UrlsBody = z
  .object({ urls: z.array(z.string().max(2000)).min(1).max(100), film: z.string().trim().min(1).max(300).optional() })
  .strict();

export function jobJson(job: Job) {
  return {
    id: job.id,
    kind: job.kind,
    url: job.url,
    status: job.status,
    attempts: job.attempts,
    lastError: job.lastError,
    nextTryAt: job.status === 'queued' ? job.nextTryAt : null,
    outcome: job.outcome,
    links: { self: `${API_PREFIX}/jobs/${job.id}` },
  };
}

export function webSourceRoutes(deps: ServerDeps, requireToken: MiddlewareHandler<TokenAuthEnv>): Hono<TokenAuthEnv> {
  const api = new Hono<TokenAuthEnv>();
  api.use('/urls', requireToken, requireScope('ingest'));
  api.use('/jobs/*', requireToken, requireScope('ingest'));

  api.post('/urls', async (c) => {
    const body = parseWith(UrlsBody, await jsonBody(c), 'URLs');
    const added = await addPages(deps.store.jobs, body.urls, body.film === undefined ? {} : { film: body.film });
    deps.onUrlsQueued?.();
    c.header('Cache-Control', 'no-store');
    return c.json({ items: added.map((a) => ({ ...jobJson(a.job), created: a.created })), watching: deps.watching ?? false }, 202);
  });

  api.get('/jobs/:id', async (c) => {
    const { id } = parseWith(IdParam, c.req.param(), 'job id');
    const job = await deps.store.jobs.job(id);
    if (job === null) throw new PlauditError('not-found', `There is no job ${id}.`);
    c.header('Cache-Control', 'no-store');
    return c.json(jobJson(job));
  });
  return api;
}
