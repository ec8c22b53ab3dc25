/**
 * Requires `Authorization: Bearer <token>` naming a live API token (`plaudit token create`). A missing, malformed
 * or revoked token is a PlauditError('unauthorized'); the error edge turns it into 401 with a JSON body.
 */
import type { MiddlewareHandler } from 'hono';
import { PlauditError } from '../../domain/errors.ts';
import type { ApiTokenRecord } from '../../store/web-port.ts';
import { hashApiToken } from '../auth/api-token.ts';

export interface TokenAuthOptions {
  /** Looks a token up by its hash (WebStore.findApiToken). */
  find: (hash: string) => Promise<ApiTokenRecord | null>;
}

export type TokenAuthEnv = { Variables: { apiToken: ApiTokenRecord } };

/**
 * @example
 * api.post('/reviews', requireApiToken({ find: (hash) => store.findApiToken(hash) }), handler);
 */
export function requireApiToken(options: TokenAuthOptions): MiddlewareHandler<TokenAuthEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) {
      throw new PlauditError('unauthorized', 'This endpoint needs an API token: send "Authorization: Bearer <token>" (create one with `plaudit token create`).');
    }
    const record = await options.find(hashApiToken(match[1] as string));
    if (record === null) throw new PlauditError('unauthorized', 'The API token is not valid (unknown or revoked).');
    c.set('apiToken', record);
    await next();
  };
}
