/**
 * The web app: pages, the REST API, the badge and static files, on one Hono app. It coordinates the middleware
 * in the order a request meets it: the request log (so it sees every response), the response cache (a hit is
 * answered there, with the headers the inner middleware set when it was stored), then security headers,
 * conditional GET for uncached responses, and the routes; errors become responses only in errors.ts, wired here.
 */
import { Hono } from 'hono';
import { ListCache } from './list-cache.ts';
import type { ServerDeps } from './deps.ts';
import { errorHandler, notFoundHandler } from './errors.ts';
import { apiRoutes } from './api/index.ts';
import { conditionalGet } from './middleware/conditional-get.ts';
import { requestLog } from './middleware/request-log.ts';
import { ResponseCache } from './middleware/response-cache.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { assetRoutes } from './routes/assets.ts';
import { editorRoutes } from './routes/editor.ts';
import { pageRoutes } from './routes/pages.ts';
import { errorPage } from './views/pages/error-page.ts';

/**
 * @example
 * const app = createServerApp({ store, model, minReviews: 5, maxDocumentBytes: 10 * 1024 * 1024 });
 * const res = await app.request('/api/v1/films');
 *
 * Pass `cache` to share the response cache with the HTTP server's fast path (start-server.ts).
 */
export function createServerApp(deps: ServerDeps, options: { cache?: ResponseCache } = {}): Hono {
  const app = new Hono();
  const cache = options.cache ?? new ResponseCache({ version: () => deps.store.dataVersion() });
  const lists = new ListCache(deps.store, deps.minReviews);
  const edge = { renderPage: errorPage, ...(deps.logger ? { logger: deps.logger } : {}) };

  if (deps.logger) app.use('*', requestLog({ logger: deps.logger }));
  app.use('*', cache.middleware());
  app.use('*', securityHeaders());
  app.use('*', conditionalGet());
  app.use('*', async (c, next) => {
    await next();
    // Pages and API answers change with the data: browsers revalidate with the ETag instead of guessing.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
  });
  app.route('/api', apiRoutes(deps, lists));
  app.route('/', assetRoutes(deps));
  app.route('/', editorRoutes(deps));
  app.route('/', pageRoutes(deps, lists));
  app.notFound(notFoundHandler(edge));
  app.onError(errorHandler(edge));
  return app;
}
