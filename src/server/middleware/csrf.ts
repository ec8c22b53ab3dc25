/**
 * Refuses a state-changing request from a browser unless it carries its session's CSRF token in the form field
 * `csrf`, and, when the browser sends Origin (or Referer), unless that names this site. A cookie rides along with
 * any cross-site form post; the token, which another site cannot read, is what proves the form was ours.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { PlauditError } from '../../domain/errors.ts';
import type { SessionEnv } from './session.ts';

export const CSRF_FIELD = 'csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfOptions {
  /** Origins the site is reached at besides the request's own (the configured public URL). */
  origins?: () => string[];
}

function sameOrigin(c: Context, allowed: string[]): boolean {
  const origin = c.req.header('Origin') ?? c.req.header('Referer');
  if (origin === undefined || origin === 'null') return origin === undefined;
  let asked: string;
  try {
    asked = new URL(origin).origin;
  } catch {
    return false;
  }
  return asked === new URL(c.req.url).origin || allowed.includes(asked);
}

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Runs after session(): a request without a session passes the token check (there is nothing to forge; routes that
 * need a user say so with requireRole), but never a foreign Origin.
 *
 * @example
 * editor.use('*', session({ store }), csrf({ origins: () => [publicOrigin] }));
 */
export function csrf(options: CsrfOptions = {}): MiddlewareHandler<SessionEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (!sameOrigin(c, options.origins?.() ?? [])) throw new PlauditError('forbidden', 'This form was sent from another site; nothing was changed.');
    const session = c.get('session');
    if (session !== null) {
      const body = await c.req.parseBody();
      const given = body[CSRF_FIELD];
      if (typeof given !== 'string' || !tokensMatch(given, session.csrfToken)) {
        throw new PlauditError('forbidden', 'The form is missing its security token or it has expired; reload the page and try again. Nothing was changed.');
      }
    }
    await next();
  };
}
