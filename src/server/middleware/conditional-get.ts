/**
 * Answers a GET whose If-None-Match names the response's current ETag with 304 and no body. It runs outside the
 * response cache, so a cached page revalidates without being rebuilt or resent.
 */
import type { MiddlewareHandler } from 'hono';

function matches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}

/**
 * @example
 * app.use('*', conditionalGet());
 */
export function conditionalGet(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return;
    const wanted = c.req.header('If-None-Match');
    const etag = c.res.headers.get('ETag');
    if (!wanted || !etag || c.res.status !== 200 || !matches(wanted, etag)) return;
    const headers = new Headers();
    for (const name of ['ETag', 'Cache-Control', 'Vary', 'Content-Security-Policy']) {
      const value = c.res.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    c.res = new Response(null, { status: 304, headers });
  };
}
