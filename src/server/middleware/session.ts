/**
 * Reads the `plaudit_session` cookie and puts the live session (or null) on the context as `session`. An expired
 * session is deleted by sessionFor and the stale cookie cleared, so the browser stops sending it.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { SessionRecord, UserPort } from '../../store/user-port.ts';
import { sessionFor } from '../../use-cases/users.ts';

export const SESSION_COOKIE = 'plaudit_session';

/**
 * Whether a Cookie header carries a session cookie, without looking the session up: cheap enough for the response
 * cache's fast path, which must not hand a signed-in editor's page (their name, their CSRF token) to anyone else.
 */
export function hasSessionCookie(cookieHeader: string | undefined): boolean {
  return cookieHeader !== undefined && new RegExp(`(?:^|;)\\s*${SESSION_COOKIE}=[^;\\s]`).test(cookieHeader);
}

export type SessionEnv = { Variables: { session: SessionRecord | null } };

export interface SessionOptions {
  store: UserPort;
  /** The clock, for expiry (default: now). */
  now?: () => Date;
}

/**
 * @example
 * editor.use('*', session({ store: deps.store }));
 */
export function session(options: SessionOptions): MiddlewareHandler<SessionEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const found = token === undefined || token === '' ? null : await sessionFor(options.store, token, options.now?.() ?? new Date());
    if (token !== undefined && found === null) deleteCookie(c, SESSION_COOKIE, { path: '/' });
    c.set('session', found);
    await next();
  };
}

/** Whether the cookie must be Secure: the site is served over https (its configured address, or this request). */
export function isHttps(c: Context, options: { publicUrl?: string; trustProxy?: boolean }): boolean {
  if (options.publicUrl?.startsWith('https:')) return true;
  if (new URL(c.req.url).protocol === 'https:') return true;
  // Only a proxy we were told to trust may say how the client reached it (as with X-Forwarded-For, client-address.ts).
  return options.trustProxy === true && c.req.header('X-Forwarded-Proto')?.split(',').at(-1)?.trim() === 'https';
}
