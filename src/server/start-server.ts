/**
 * Puts the app on a real HTTP port (Node's http server, with @hono/node-server turning Node requests into Fetch
 * requests) and says where it listens. With a response cache, a GET the cache can answer is answered here,
 * before any Request object is made: on a cached film page that is most of the work saved.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { answer, type ResponseCache } from './middleware/response-cache.ts';

export interface RunningServer {
  /** "http://127.0.0.1:3000" */
  url: string;
  close(): Promise<void>;
}

export interface StartServerOptions {
  app: Hono;
  port: number;
  hostname: string;
  /** The cache the app's middleware fills (createServerApp's `cache`), to answer hits directly. */
  cache?: ResponseCache;
}

function fromCache(cache: ResponseCache, fallback: (req: IncomingMessage, res: ServerResponse) => unknown) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' || req.url === undefined) {
      fallback(req, res);
      return;
    }
    cache.lookup(req.url).then(
      (entry) => {
        if (entry === null) return fallback(req, res);
        const reply = answer(entry, { ifNoneMatch: req.headers['if-none-match'], acceptEncoding: req.headers['accept-encoding'] });
        res.writeHead(reply.status, reply.headers);
        res.end(reply.body ?? undefined);
      },
      () => fallback(req, res),
    );
  };
}

export function startServer(options: StartServerOptions): Promise<RunningServer> {
  const listener = getRequestListener(options.app.fetch);
  const server = createServer(options.cache ? fromCache(options.cache, listener) : listener);
  // Keep-alive connections from load generators and browsers: long enough to reuse, bounded so close() is quick.
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => {
      const info = server.address() as AddressInfo;
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
