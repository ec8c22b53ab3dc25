/**
 * The /api tree: /api/v1 routes and the OpenAPI document. JSON errors come from the error edge (errors.ts). Write
 * requests and failed token checks are rate limited per client address (client-address.ts) here, once for the
 * whole tree, so a new route is covered without asking.
 */
import { Hono, type Context } from 'hono';
import type { ListCache } from '../list-cache.ts';
import { clientAddress } from '../client-address.ts';
import type { ServerDeps } from '../deps.ts';
import { RateLimiter, rateLimit } from '../middleware/rate-limit.ts';
import { requireApiToken } from '../middleware/token-auth.ts';
import { correctionRoutes } from './corrections.ts';
import { editRoutes } from './edits.ts';
import { filmLookupRoutes } from './film-lookups.ts';
import { filmRoutes } from './films.ts';
import { heldRoutes } from './held.ts';
import { nameRoutes } from './names.ts';
import { omdbRoutes } from './omdb.ts';
import { openApiDocument } from './openapi.ts';
import { reviewRoutes } from './reviews.ts';
import { searchRoutes } from './search.ts';
import { webSourceRoutes } from './web-sources.ts';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Failed token checks are rarer than writes by far: a tighter limit over a longer window. */
const FAILED_TOKEN_DEFAULTS = { windowMs: 15 * 60_000, limit: 20 } as const;

export function apiRoutes(deps: ServerDeps, lists: ListCache): Hono {
  const api = new Hono();
  const document = openApiDocument();
  const key = (c: Context) => clientAddress(c, { trustProxy: deps.limits?.trustProxy ?? false });
  const requireToken = requireApiToken({
    find: (hash) => deps.store.findApiToken(hash),
    failures: { limiter: new RateLimiter({ ...FAILED_TOKEN_DEFAULTS, ...deps.limits?.failedTokenChecks }), key },
  });
  api.use('/v1/*', async (c, next) => {
    await next();
    // Reads are public data: any site may fetch them. Ingest needs a token, which a browser never sends by itself.
    c.header('Access-Control-Allow-Origin', '*');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
  });
  api.use('*', rateLimit({ what: 'write requests', key, applies: (c) => !READ_METHODS.has(c.req.method), ...deps.limits?.writes }));
  api.get('/openapi.json', (c) => c.json(document));
  // Before filmRoutes: /films/by-imdb/tt... is a lookup, not the film named "by-imdb".
  api.route('/v1', filmLookupRoutes(deps, lists));
  api.route('/v1', filmRoutes(deps, lists));
  api.route('/v1', reviewRoutes(deps, lists, requireToken));
  api.route('/v1', searchRoutes(deps, lists));
  api.route('/v1', heldRoutes(deps, requireToken));
  api.route('/v1', editRoutes(deps, requireToken));
  api.route('/v1', correctionRoutes(deps, requireToken));
  api.route('/v1', webSourceRoutes(deps, requireToken));
  api.route('/v1/critics', nameRoutes(deps, lists, 'critic'));
  api.route('/v1/outlets', nameRoutes(deps, lists, 'outlet'));
  api.route('/', omdbRoutes(deps, lists));
  return api;
}
