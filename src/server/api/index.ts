/** The /api tree: /api/v1 routes and the OpenAPI document. JSON errors come from the error edge (errors.ts). */
import { Hono } from 'hono';
import type { Catalog } from '../catalog.ts';
import type { ServerDeps } from '../deps.ts';
import { filmRoutes } from './films.ts';
import { nameRoutes } from './names.ts';
import { openApiDocument } from './openapi.ts';
import { reviewRoutes } from './reviews.ts';
import { searchRoutes } from './search.ts';

export function apiRoutes(deps: ServerDeps, catalog: Catalog): Hono {
  const api = new Hono();
  const document = openApiDocument();
  api.use('/v1/*', async (c, next) => {
    await next();
    // Reads are public data: any site may fetch them. Ingest needs a token, which a browser never sends by itself.
    c.header('Access-Control-Allow-Origin', '*');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
  });
  api.get('/openapi.json', (c) => c.json(document));
  api.route('/v1', filmRoutes(deps, catalog));
  api.route('/v1', reviewRoutes(deps, catalog));
  api.route('/v1', searchRoutes(deps, catalog));
  api.route('/v1/critics', nameRoutes(deps, catalog, 'critic'));
  api.route('/v1/outlets', nameRoutes(deps, catalog, 'outlet'));
  return api;
}
