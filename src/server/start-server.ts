/**
 * Puts the app on a real HTTP port (Node's http server, with @hono/node-server turning Node requests into Fetch
 * requests) and says where it listens. With a response cache, a GET the cache can answer is answered here,
 * before any Request object is made: on a cached film page that is most of the work saved.
 *
 * Binding and answering are two steps (listen, then attach), so that `plaudit serve` learns that its port is taken
 * before it opens the database or writes anything to it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import { elapsedMs, logRequest } from './middleware/request-log.ts';
import { answer, type ResponseCache } from './middleware/response-cache.ts';

export interface RunningServer {
  /** "http://127.0.0.1:3000" */
  url: string;
  /** Stops listening and drops open connections; calling it again waits for the same close. */
  close(): Promise<void>;
}

export interface ListenOptions {
  port: number;
  hostname: string;
}

export interface AttachOptions {
  /** The cache the app's middleware fills (createServerApp's `cache`), to answer hits directly. */
  cache?: ResponseCache;
  /** Logs the requests the cache answers here, as the app's request log does for the rest. */
  logger?: Pick<Logger, 'info'>;
}

export interface StartServerOptions extends ListenOptions, AttachOptions {
  app: Hono;
}

/** A server bound to its port that answers once it is given an app. */
export interface BoundServer extends RunningServer {
  /** Starts answering with this app; requests that arrived before wait for it. */
  attach(app: Hono, options?: AttachOptions): void;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => unknown;

function fromCache(cache: ResponseCache, fallback: Listener, logger: Pick<Logger, 'info'> | undefined) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = performance.now();
    if (req.method !== 'GET' || req.url === undefined || cache.isPersonal(req.headers.cookie)) {
      fallback(req, res);
      return;
    }
    cache.lookup(req.url, req.headers.host).then(
      (entry) => {
        if (entry === null) return fallback(req, res);
        const reply = answer(entry, { ifNoneMatch: req.headers['if-none-match'], acceptEncoding: req.headers['accept-encoding'] });
        res.writeHead(reply.status, reply.headers);
        res.end(reply.body ?? undefined);
        if (logger) logRequest(logger, { method: 'GET', path: pathOf(req.url!), status: reply.status, ms: elapsedMs(started) });
      },
      () => fallback(req, res),
    );
  };
}

function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * Binds the port; rejects with Node's error (code EADDRINUSE when the port is taken) if it cannot.
 *
 * @example
 * const server = await listen({ port: 3000, hostname: '127.0.0.1' });
 * server.attach(createServerApp(deps, { cache }), { cache, logger });
 */
export function listen(options: ListenOptions): Promise<BoundServer> {
  let current: Listener | null = null;
  const waiting: [IncomingMessage, ServerResponse][] = [];
  let closed: Promise<void> | undefined;
  const server = createServer((req, res) => {
    if (current) current(req, res);
    else waiting.push([req, res]);
  });
  // Keep-alive connections from load generators and browsers: long enough to reuse, bounded so close() is quick.
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => {
      const info = server.address() as AddressInfo;
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        attach: (app, attachOptions = {}) => {
          const listener = getRequestListener(app.fetch);
          current = attachOptions.cache ? fromCache(attachOptions.cache, listener, attachOptions.logger) : listener;
          for (const [req, res] of waiting.splice(0)) current(req, res);
        },
        close: () =>
          (closed ??= new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          })),
      });
    });
  });
}

/** Binds the port and answers with the app at once: listen() and attach() in one call. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const server = await listen(options);
  server.attach(options.app, options);
  return server;
}
