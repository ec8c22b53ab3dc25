/**
 * One log line per request: method, path, status and milliseconds. The path is logged without its query string
 * (a search or a film title is the visitor's business, not the log's), and no header is logged, so the API token
 * in Authorization never reaches the log.
 */
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

export interface RequestLogEntry {
  method: string;
  /** The URL's path, without the query string. */
  path: string;
  status: number;
  /** From the request reaching the app to the response being ready, to a tenth of a millisecond. */
  ms: number;
}

export interface RequestLogOptions {
  logger: Pick<Logger, 'info'>;
}

/** The one way a request is logged, also used by start-server.ts for responses its cache answers directly. */
export function logRequest(logger: Pick<Logger, 'info'>, entry: RequestLogEntry): void {
  logger.info(entry, 'request');
}

/** Milliseconds since `started` (a performance.now() reading), to a tenth. */
export function elapsedMs(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

/**
 * Put it first, so that it sees every response, including those the response cache and the error edge make.
 *
 * @example
 * app.use('*', requestLog({ logger }));
 */
export function requestLog(options: RequestLogOptions): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logRequest(options.logger, { method: c.req.method, path: c.req.path, status: c.res.status, ms: elapsedMs(started) });
  };
}
