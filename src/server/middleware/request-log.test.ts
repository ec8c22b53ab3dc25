/**
 * The request log as `plaudit serve` writes it: pino JSON lines, one per request, including requests answered by
 * the error edge and by the response cache's fast path in start-server.ts, with no query string and no token.
 */
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlauditError } from '../../domain/errors.ts';
import { errorHandler, notFoundHandler } from '../errors.ts';
import { createServerLogger } from '../logger.ts';
import { startServer, type RunningServer } from '../start-server.ts';
import { requestLog } from './request-log.ts';
import { ResponseCache } from './response-cache.ts';

interface LogLine {
  level: string;
  msg: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
  err?: { stack: string };
}

function logged(level: Parameters<typeof createServerLogger>[0]['level'] = 'info') {
  const lines: string[] = [];
  const logger = createServerLogger({ level, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, entries: () => lines.map((line) => JSON.parse(line) as LogLine) };
}

function app(logger: ReturnType<typeof logged>['logger'], cache?: ResponseCache): Hono {
  const web = new Hono();
  web.use('*', requestLog({ logger }));
  if (cache) web.use('*', cache.middleware());
  web.get('/films', (c) => c.json({ items: [] }));
  web.get('/page', (c) => c.html('<p>Her Smell</p>'));
  web.get('/broken', () => {
    throw new Error('the disk is on fire');
  });
  web.get('/store', () => {
    throw new PlauditError('store-failed', 'cannot read films', { cause: new Error('SQLITE_IOERR') });
  });
  const edge = { renderPage: (status: number, message: string) => `<p>${status} ${message}</p>`, logger };
  web.notFound(notFoundHandler(edge));
  web.onError(errorHandler(edge));
  return web;
}

describe('requestLog', () => {
  it('writes one JSON line per request: method, path without the query string, status and ms', async () => {
    const log = logged();
    const web = app(log.logger);
    await web.request('/films?q=her+smell&token=abc', { headers: { Authorization: 'Bearer plaudit_secret' } });
    await web.request('/nowhere', { method: 'POST' });
    expect(log.lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    const [films, missing] = log.entries();
    expect(films).toMatchObject({ level: 'info', msg: 'request', method: 'GET', path: '/films', status: 200 });
    expect(missing).toMatchObject({ method: 'POST', path: '/nowhere', status: 404 });
    expect(films!.ms).toBeGreaterThanOrEqual(0);
    expect(log.lines.join('')).not.toMatch(/her\+smell|token=abc|plaudit_secret|Bearer/);
  });

  it('logs a server error with its stack through the same logger, then the request with its 500', async () => {
    const log = logged();
    const web = app(log.logger);
    expect((await web.request('/broken')).status).toBe(500);
    expect((await web.request('/store')).status).toBe(503);
    const entries = log.entries();
    expect(entries.map((e) => [e.level, e.path, e.status])).toEqual([
      ['error', '/broken', 500],
      ['info', '/broken', 500],
      ['error', '/store', 503],
      ['info', '/store', 503],
    ]);
    expect(entries[0]!.err!.stack).toContain('the disk is on fire');
    expect(entries[2]!.msg).toBe('store-failed: cannot read films');
    expect(entries[2]!.err!.stack).toContain('SQLITE_IOERR');
  });

  it('follows the level: "error" keeps the errors and drops the request lines; "silent" drops everything', async () => {
    const errorsOnly = logged('error');
    await app(errorsOnly.logger).request('/films');
    await app(errorsOnly.logger).request('/broken');
    expect(errorsOnly.entries().map((e) => e.level)).toEqual(['error']);
    const silent = logged('silent');
    await app(silent.logger).request('/broken');
    expect(silent.lines).toEqual([]);
  });
});

describe('the request log over real HTTP', () => {
  const log = logged();
  const cache = new ResponseCache({ version: async () => 1 });
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ app: app(log.logger, cache), cache, logger: log.logger, port: 0, hostname: '127.0.0.1' });
  });
  afterAll(() => server.close());

  it('logs requests the response cache answers before the app, too', async () => {
    // The first is built by the app; the others are cache hits answered in start-server.ts.
    for (let i = 0; i < 3; i++) expect((await fetch(`${server.url}/page`)).status).toBe(200);
    const pages = log.entries().filter((e) => e.path === '/page');
    expect(pages).toHaveLength(3);
    expect(pages.every((e) => e.method === 'GET' && e.status === 200 && typeof e.ms === 'number')).toBe(true);
  });
});
