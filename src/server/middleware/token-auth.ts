/**
 * Requires `Authorization: Bearer <token>` naming a live API token (`plaudit token create`). A missing, malformed
 * or revoked token is a PlauditError('unauthorized'); the error edge turns it into 401 with a JSON body. With
 * `failures`, each failed check counts against the client's address, and an address over that limit is refused
 * (429) before its token is looked at, so guessing tokens is slow.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { PlauditError } from '../../domain/errors.ts';
import type { ApiTokenRecord } from '../../store/web-port.ts';
import { hashApiToken } from '../auth/api-token.ts';
import { rateLimitedError, type RateLimiter } from './rate-limit.ts';

export interface TokenAuthOptions {
  /** Looks a token up by its hash (WebStore.findApiToken). */
  find: (hash: string) => Promise<ApiTokenRecord | null>;
  /** Failed checks per client address (shared by every token-protected route) and how to name the client. */
  failures?: { limiter: RateLimiter; key: (c: Context) => string };
}

export type TokenAuthEnv = { Variables: { apiToken: ApiTokenRecord } };

async function check(c: Context, find: TokenAuthOptions['find']): Promise<ApiTokenRecord> {
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    throw new PlauditError('unauthorized', 'This endpoint needs an API token: send "Authorization: Bearer <token>" (create one with `plaudit token create`).');
  }
  const record = await find(hashApiToken(match[1] as string));
  if (record === null) throw new PlauditError('unauthorized', 'The API token is not valid (unknown or revoked).');
  return record;
}

/**
 * @example
 * api.post('/reviews', requireApiToken({ find: (hash) => store.findApiToken(hash) }), handler);
 */
export function requireApiToken(options: TokenAuthOptions): MiddlewareHandler<TokenAuthEnv> {
  const failures = options.failures;
  return async (c, next) => {
    const key = failures?.key(c);
    if (failures && key !== undefined) {
      const wait = failures.limiter.retryAfter(key);
      if (wait > 0) throw rateLimitedError(failures.limiter, 'failed token checks', wait);
    }
    let record: ApiTokenRecord;
    try {
      record = await check(c, options.find);
    } catch (error) {
      if (failures && key !== undefined && error instanceof PlauditError && error.code === 'unauthorized') failures.limiter.hit(key);
      throw error;
    }
    c.set('apiToken', record);
    await next();
  };
}
